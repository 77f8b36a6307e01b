using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// A partial update of an account (stormpath-api.md §4.3): only the properties that are set are sent, and the server
/// changes only those.
/// </summary>
/// <remarks>To clear an optional name, set it to the empty string.</remarks>
public sealed class StormpathAccountUpdateRequest
{
    /// <summary>Gets or sets the new user name.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>Gets or sets the new email address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets or sets the new password (plain text; checked against the directory's password policy).</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets the new given name.</summary>
    [JsonPropertyName("givenName")]
    public string? GivenName { get; set; }

    /// <summary>Gets or sets the new middle name.</summary>
    [JsonPropertyName("middleName")]
    public string? MiddleName { get; set; }

    /// <summary>Gets or sets the new surname.</summary>
    [JsonPropertyName("surname")]
    public string? Surname { get; set; }

    /// <summary>Gets or sets the new status.</summary>
    [JsonPropertyName("status")]
    public StormpathAccountStatus? Status { get; set; }

    /// <summary>Gets or sets the new email verification status.</summary>
    [JsonPropertyName("emailVerificationStatus")]
    public StormpathEmailVerificationStatus? EmailVerificationStatus { get; set; }

    /// <summary>Gets or sets custom data keys to merge into the account's custom data.</summary>
    [JsonPropertyName("customData")]
    public IDictionary<string, object?>? CustomData { get; set; }
}
