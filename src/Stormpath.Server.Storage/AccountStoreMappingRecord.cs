namespace Stormpath.Server.Storage;

/// <summary>
/// Maps a directory or a group to an application as an account store. Exactly one of
/// <see cref="DirectoryId"/> and <see cref="GroupId"/> is set; both are real foreign keys so that
/// deleting the store deletes its mappings.
/// </summary>
public sealed class AccountStoreMappingRecord : StormpathRecord
{
    /// <summary>Gets or sets the application id.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>Gets or sets the mapped directory id, when the store is a directory.</summary>
    public string? DirectoryId { get; set; }

    /// <summary>Gets or sets the mapped group id, when the store is a group.</summary>
    public string? GroupId { get; set; }

    /// <summary>Gets or sets the zero-based position in the application's login order.</summary>
    public int ListIndex { get; set; }

    /// <summary>Gets or sets whether new application accounts are created in this store.</summary>
    public bool IsDefaultAccountStore { get; set; }

    /// <summary>Gets or sets whether new application groups are created in this store.</summary>
    public bool IsDefaultGroupStore { get; set; }
}
