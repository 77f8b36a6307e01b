using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The tenant the API key belongs to (stormpath-api.md §3.1).</summary>
public sealed class StormpathTenant : StormpathResource
{
    /// <summary>Gets the tenant name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the tenant key, unique and lower case.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>Gets the tenant's applications.</summary>
    [JsonPropertyName("applications")]
    public StormpathLink? Applications { get; init; }

    /// <summary>Gets the tenant's directories.</summary>
    [JsonPropertyName("directories")]
    public StormpathLink? Directories { get; init; }

    /// <summary>Gets every account of the tenant.</summary>
    [JsonPropertyName("accounts")]
    public StormpathLink? Accounts { get; init; }

    /// <summary>Gets every group of the tenant.</summary>
    [JsonPropertyName("groups")]
    public StormpathLink? Groups { get; init; }

    /// <summary>Gets the tenant's custom data.</summary>
    [JsonPropertyName("customData")]
    public StormpathCustomData? CustomData { get; init; }
}
