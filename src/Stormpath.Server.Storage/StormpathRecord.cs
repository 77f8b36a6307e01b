namespace Stormpath.Server.Storage;

/// <summary>The columns every stored Stormpath instance resource has: an opaque id and its timestamps.</summary>
public abstract class StormpathRecord
{
    /// <summary>Gets or sets the resource id, the last segment of its href.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets when the resource was created (UTC, millisecond precision).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when the resource was last modified (UTC, millisecond precision).</summary>
    public DateTime ModifiedAt { get; set; }
}
