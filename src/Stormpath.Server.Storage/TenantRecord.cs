namespace Stormpath.Server.Storage;

/// <summary>A tenant: the owner of every other resource, reached through its API keys.</summary>
public sealed class TenantRecord : CustomDataOwnerRecord
{
    /// <summary>Gets or sets the tenant name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the unique tenant key (lower-case letters and dashes).</summary>
    public string Key { get; set; } = "";
}
