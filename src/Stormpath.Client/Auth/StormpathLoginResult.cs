using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The answer to a successful <c>loginAttempts</c> request (stormpath-api.md §5).</summary>
public sealed class StormpathLoginResult
{
    /// <summary>Gets the account that signed in: the full account when it was expanded, otherwise only its href.</summary>
    [JsonPropertyName("account")]
    public StormpathAccount Account { get; init; } = null!;
}
