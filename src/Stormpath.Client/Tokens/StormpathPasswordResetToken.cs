using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A password reset token (stormpath-api.md §7.1). The token itself is the last segment of the href.</summary>
public sealed class StormpathPasswordResetToken
{
    /// <summary>Gets the href of the token.</summary>
    [JsonPropertyName("href")]
    public Uri Href { get; init; } = null!;

    /// <summary>Gets the email address the token was sent to.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the account whose password the token resets.</summary>
    [JsonPropertyName("account")]
    public StormpathLink? Account { get; init; }

    /// <summary>Gets the opaque token value: everything after <c>/passwordResetTokens/</c> in the href.</summary>
    [JsonIgnore]
    public string Token => Href is null ? string.Empty : Uri.UnescapeDataString(Href.AbsolutePath[(Href.AbsolutePath.LastIndexOf('/') + 1)..]);
}
