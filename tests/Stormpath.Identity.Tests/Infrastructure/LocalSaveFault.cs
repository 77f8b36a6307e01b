using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Stormpath.Identity.Tests;

/// <summary>
/// Fails the local save that completes a journalled remote write (the one that deletes its pending change), as a
/// crash or a database outage between the remote and the local write would.
/// </summary>
public sealed class LocalSaveFault : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public int Injected { get; private set; }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var completesAWrite = eventData.Context?.ChangeTracker.Entries<StormpathPendingChange>().Any(e => e.State == EntityState.Deleted) == true;
        if (Armed && completesAWrite)
        {
            Armed = false;
            Injected++;
            throw new DbUpdateException("Injected: the local save failed after the remote write.");
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
