using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The membership of one account in one group (stormpath-api.md §3.5).</summary>
public sealed class StormpathGroupMembership : StormpathResource
{
    /// <summary>Gets the account: only its href unless <c>account</c> was expanded.</summary>
    [JsonPropertyName("account")]
    public StormpathAccount? Account { get; init; }

    /// <summary>Gets the group: only its href unless <c>group</c> was expanded.</summary>
    [JsonPropertyName("group")]
    public StormpathGroup? Group { get; init; }
}
