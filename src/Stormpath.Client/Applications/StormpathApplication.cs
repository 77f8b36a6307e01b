using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A Stormpath application: the unit that accounts sign in to (stormpath-api.md §3.2).</summary>
public sealed class StormpathApplication : StormpathResource
{
    /// <summary>Gets the name, unique per tenant.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the status; nobody can sign in to a disabled application.</summary>
    [JsonPropertyName("status")]
    public StormpathResourceStatus Status { get; init; }

    /// <summary>Gets the tenant that owns the application.</summary>
    [JsonPropertyName("tenant")]
    public StormpathLink? Tenant { get; init; }

    /// <summary>Gets the mapping of the store new accounts are created in, or <see langword="null"/> when there is none.</summary>
    [JsonPropertyName("defaultAccountStoreMapping")]
    public StormpathLink? DefaultAccountStoreMapping { get; init; }

    /// <summary>Gets the mapping of the store new groups are created in, or <see langword="null"/> when there is none.</summary>
    [JsonPropertyName("defaultGroupStoreMapping")]
    public StormpathLink? DefaultGroupStoreMapping { get; init; }

    /// <summary>Gets the accounts of every mapped store; posting an account here creates it in the default account store.</summary>
    [JsonPropertyName("accounts")]
    public StormpathLink? Accounts { get; init; }

    /// <summary>Gets the groups of every mapped store; posting a group here creates it in the default group store.</summary>
    [JsonPropertyName("groups")]
    public StormpathLink? Groups { get; init; }

    /// <summary>Gets the account store mappings of the application.</summary>
    [JsonPropertyName("accountStoreMappings")]
    public StormpathLink? AccountStoreMappings { get; init; }

    /// <summary>Gets the collection password checks are posted to.</summary>
    [JsonPropertyName("loginAttempts")]
    public StormpathLink? LoginAttempts { get; init; }

    /// <summary>Gets the collection password reset tokens are created in.</summary>
    [JsonPropertyName("passwordResetTokens")]
    public StormpathLink? PasswordResetTokens { get; init; }

    /// <summary>Gets the endpoint that resends verification emails.</summary>
    [JsonPropertyName("verificationEmails")]
    public StormpathLink? VerificationEmails { get; init; }

    /// <summary>Gets the application's custom data.</summary>
    [JsonPropertyName("customData")]
    public StormpathCustomData? CustomData { get; init; }
}
