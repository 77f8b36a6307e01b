using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A partial update of a directory's account creation policy; properties left <see langword="null"/> are not sent.</summary>
public sealed class StormpathAccountCreationPolicyUpdateRequest
{
    /// <summary>Gets or sets whether new accounts must verify their email address before they may sign in.</summary>
    [JsonPropertyName("verificationEmailStatus")]
    public StormpathResourceStatus? VerificationEmailStatus { get; set; }

    /// <summary>Gets or sets whether an email confirms a successful verification.</summary>
    [JsonPropertyName("verificationSuccessEmailStatus")]
    public StormpathResourceStatus? VerificationSuccessEmailStatus { get; set; }

    /// <summary>Gets or sets whether new accounts receive a welcome email.</summary>
    [JsonPropertyName("welcomeEmailStatus")]
    public StormpathResourceStatus? WelcomeEmailStatus { get; set; }
}
