using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>What happens when an account is created in a directory (stormpath-api.md §3.10).</summary>
public sealed class StormpathAccountCreationPolicy : StormpathResource
{
    /// <summary>Gets whether new accounts must verify their email address before they may sign in.</summary>
    [JsonPropertyName("verificationEmailStatus")]
    public StormpathResourceStatus VerificationEmailStatus { get; init; }

    /// <summary>Gets whether an email confirms a successful verification.</summary>
    [JsonPropertyName("verificationSuccessEmailStatus")]
    public StormpathResourceStatus VerificationSuccessEmailStatus { get; init; }

    /// <summary>Gets whether new accounts receive a welcome email.</summary>
    [JsonPropertyName("welcomeEmailStatus")]
    public StormpathResourceStatus WelcomeEmailStatus { get; init; }
}
