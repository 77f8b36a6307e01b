using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A Stormpath group (stormpath-api.md §3.4); Stormpath.Identity maps groups onto roles.</summary>
public sealed class StormpathGroup : StormpathResource
{
    /// <summary>Gets the name, unique per directory.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public StormpathResourceStatus Status { get; init; }

    /// <summary>Gets the directory that owns the group.</summary>
    [JsonPropertyName("directory")]
    public StormpathLink? Directory { get; init; }

    /// <summary>Gets the tenant that owns the group.</summary>
    [JsonPropertyName("tenant")]
    public StormpathLink? Tenant { get; init; }

    /// <summary>Gets the accounts in the group.</summary>
    [JsonPropertyName("accounts")]
    public StormpathLink? Accounts { get; init; }

    /// <summary>Gets the memberships of the group.</summary>
    [JsonPropertyName("accountMemberships")]
    public StormpathLink? AccountMemberships { get; init; }

    /// <summary>Gets the group's custom data.</summary>
    [JsonPropertyName("customData")]
    public StormpathCustomData? CustomData { get; init; }
}
