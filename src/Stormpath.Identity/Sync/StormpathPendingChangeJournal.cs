using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Stormpath.Identity;

/// <summary>
/// Writes <see cref="StormpathPendingChange"/> rows in a context of their own, so a row is committed before the remote
/// call without committing the caller's tracked changes with it.
/// </summary>
internal sealed class StormpathPendingChangeJournal(IServiceScopeFactory scopeFactory, StormpathContextType contextType, TimeProvider timeProvider)
{
    public async Task<StormpathPendingChange> BeginAsync(StormpathPendingOperation operation, string entityId, string? remoteHref, string? lookupKey, CancellationToken cancellationToken)
    {
        var change = new StormpathPendingChange
        {
            Id = Guid.NewGuid(),
            Operation = operation,
            EntityId = entityId,
            RemoteHref = remoteHref,
            LookupKey = lookupKey,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = contextType.Resolve(scope.ServiceProvider);
        context.Set<StormpathPendingChange>().Add(change);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return change;
    }

    /// <summary>Removes a row whose remote call certainly did not happen (the server refused it).</summary>
    public async Task AbandonAsync(StormpathPendingChange change, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = contextType.Resolve(scope.ServiceProvider);
        await context.Set<StormpathPendingChange>().Where(c => c.Id == change.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds the newest unconfirmed account create for an email, used so a concurrent lookup does not import the new account under another id.</summary>
    public async Task<StormpathPendingChange?> FindPendingCreateAsync(string lookupKey, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var context = contextType.Resolve(scope.ServiceProvider);
        return await context.Set<StormpathPendingChange>().AsNoTracking()
            .Where(c => c.Operation == StormpathPendingOperation.CreateUser && c.LookupKey == lookupKey)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the row deleted in the caller's context, so it goes in the same transaction as the local change.</summary>
    public static void Complete(DbContext context, StormpathPendingChange change)
    {
        context.Set<StormpathPendingChange>().Attach(change);
        context.Set<StormpathPendingChange>().Remove(change);
    }
}
