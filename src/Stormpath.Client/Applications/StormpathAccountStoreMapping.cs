using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>Maps a directory or group to an application as a store of its accounts (stormpath-api.md §3.6).</summary>
public sealed class StormpathAccountStoreMapping : StormpathResource
{
    /// <summary>Gets the position of the store in the order consulted at sign-in (0 first).</summary>
    [JsonPropertyName("listIndex")]
    public int ListIndex { get; init; }

    /// <summary>Gets whether new accounts of the application are created in this store.</summary>
    [JsonPropertyName("isDefaultAccountStore")]
    public bool IsDefaultAccountStore { get; init; }

    /// <summary>Gets whether new groups of the application are created in this store.</summary>
    [JsonPropertyName("isDefaultGroupStore")]
    public bool IsDefaultGroupStore { get; init; }

    /// <summary>Gets the application.</summary>
    [JsonPropertyName("application")]
    public StormpathLink? Application { get; init; }

    /// <summary>Gets the mapped directory or group.</summary>
    [JsonPropertyName("accountStore")]
    public StormpathLink? AccountStore { get; init; }
}
