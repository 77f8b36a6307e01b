using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body of <c>POST /groupMemberships</c> (stormpath-api.md §3.5).</summary>
internal sealed record StormpathGroupMembershipCreateRequest(
    [property: JsonPropertyName("account")] StormpathLink Account,
    [property: JsonPropertyName("group")] StormpathLink Group);
