namespace Stormpath.Server.Storage;

/// <summary>A stored resource that owns a customData document (tenant, application, directory, account, group).</summary>
public abstract class CustomDataOwnerRecord : StormpathRecord
{
    /// <summary>Gets or sets the customData document: a JSON object without the reserved fields.</summary>
    public string CustomData { get; set; } = "{}";

    /// <summary>Gets or sets when the customData document was last modified.</summary>
    public DateTime CustomDataModifiedAt { get; set; }
}
