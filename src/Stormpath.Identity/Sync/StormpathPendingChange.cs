namespace Stormpath.Identity;

/// <summary>
/// A write to Stormpath whose local half has not been confirmed yet. A row is committed before the remote call and
/// deleted in the same transaction as the local change, so a row that outlives its operation marks a user or role
/// whose mirror must be refreshed from Stormpath (<see cref="IStormpathSynchronizer.ReconcilePendingChangesAsync"/>).
/// </summary>
public sealed class StormpathPendingChange
{
    /// <summary>Gets or sets the identifier of the row.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets what was being written.</summary>
    public StormpathPendingOperation Operation { get; set; }

    /// <summary>Gets or sets the local identifier of the user or role the write is about.</summary>
    public string EntityId { get; set; } = string.Empty;

    /// <summary>Gets or sets the href of the remote account or group, when it was known before the write.</summary>
    public string? RemoteHref { get; set; }

    /// <summary>Gets or sets the key that finds the remote resource when its href is not known yet: the email of a new account, the name of a new group.</summary>
    public string? LookupKey { get; set; }

    /// <summary>Gets or sets when the write started.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
