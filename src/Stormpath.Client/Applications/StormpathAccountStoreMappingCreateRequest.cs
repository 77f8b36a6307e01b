using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body of an account store mapping create.</summary>
public sealed class StormpathAccountStoreMappingCreateRequest
{
    /// <summary>Gets or sets the application to map the store to.</summary>
    [JsonPropertyName("application")]
    public required StormpathLink Application { get; set; }

    /// <summary>Gets or sets the directory or group to map.</summary>
    [JsonPropertyName("accountStore")]
    public required StormpathLink AccountStore { get; set; }

    /// <summary>Gets or sets the position in the sign-in order; the server appends the mapping when omitted.</summary>
    [JsonPropertyName("listIndex")]
    public int? ListIndex { get; set; }

    /// <summary>Gets or sets whether new accounts go to this store.</summary>
    [JsonPropertyName("isDefaultAccountStore")]
    public bool? IsDefaultAccountStore { get; set; }

    /// <summary>Gets or sets whether new groups go to this store (directories only).</summary>
    [JsonPropertyName("isDefaultGroupStore")]
    public bool? IsDefaultGroupStore { get; set; }
}
