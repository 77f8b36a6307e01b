using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A Stormpath directory: the store that owns accounts and groups (stormpath-api.md §3.3).</summary>
public sealed class StormpathDirectory : StormpathResource
{
    /// <summary>Gets the name, unique per tenant.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public StormpathResourceStatus Status { get; init; }

    /// <summary>Gets the tenant that owns the directory.</summary>
    [JsonPropertyName("tenant")]
    public StormpathLink? Tenant { get; init; }

    /// <summary>Gets the accounts of the directory.</summary>
    [JsonPropertyName("accounts")]
    public StormpathLink? Accounts { get; init; }

    /// <summary>Gets the groups of the directory.</summary>
    [JsonPropertyName("groups")]
    public StormpathLink? Groups { get; init; }

    /// <summary>Gets the directory's custom data.</summary>
    [JsonPropertyName("customData")]
    public StormpathCustomData? CustomData { get; init; }

    /// <summary>Gets the directory's password policy.</summary>
    [JsonPropertyName("passwordPolicy")]
    public StormpathLink? PasswordPolicy { get; init; }

    /// <summary>Gets the directory's account creation policy (verification and welcome emails).</summary>
    [JsonPropertyName("accountCreationPolicy")]
    public StormpathLink? AccountCreationPolicy { get; init; }
}
