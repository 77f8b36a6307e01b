namespace Stormpath.Server.Storage;

/// <summary>An application: the thing accounts log in to, through its account store mappings.</summary>
public sealed class ApplicationRecord : CustomDataOwnerRecord
{
    /// <summary>Gets or sets the owning tenant id.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the name, unique per tenant.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the lower-case name that carries the uniqueness constraint.</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>Gets or sets the description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the status: <c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string Status { get; set; } = "ENABLED";
}
