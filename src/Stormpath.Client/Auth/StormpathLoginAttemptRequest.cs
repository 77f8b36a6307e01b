using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body of a <c>loginAttempts</c> POST (stormpath-api.md §5).</summary>
/// <param name="Value">Base64 of the UTF-8 <c>login:password</c>.</param>
/// <param name="AccountStore">The one store to search, or <see langword="null"/>.</param>
internal sealed record StormpathLoginAttemptRequest(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("accountStore")] StormpathLink? AccountStore)
{
    [JsonPropertyName("type")]
    public string Type => "basic";
}
