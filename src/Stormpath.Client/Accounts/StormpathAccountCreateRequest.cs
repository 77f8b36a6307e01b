using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body of an account create (stormpath-api.md §4.2). Properties left <see langword="null"/> are not sent.</summary>
public sealed class StormpathAccountCreateRequest
{
    /// <summary>Gets or sets the email address (required).</summary>
    [JsonPropertyName("email")]
    public required string Email { get; set; }

    /// <summary>Gets or sets the password in plain text, or an MCF hash when <see cref="StormpathAccountCreateOptions.PasswordFormat"/> is <c>mcf</c>.</summary>
    [JsonPropertyName("password")]
    public string? Password { get; set; }

    /// <summary>Gets or sets the user name; the server uses the email address when it is omitted.</summary>
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    /// <summary>Gets or sets the given name.</summary>
    [JsonPropertyName("givenName")]
    public string? GivenName { get; set; }

    /// <summary>Gets or sets the middle name.</summary>
    [JsonPropertyName("middleName")]
    public string? MiddleName { get; set; }

    /// <summary>Gets or sets the surname.</summary>
    [JsonPropertyName("surname")]
    public string? Surname { get; set; }

    /// <summary>Gets or sets the initial status; the directory's account creation policy decides when omitted.</summary>
    [JsonPropertyName("status")]
    public StormpathAccountStatus? Status { get; set; }

    /// <summary>Gets or sets custom data stored with the new account.</summary>
    [JsonPropertyName("customData")]
    public IDictionary<string, object?>? CustomData { get; set; }
}
