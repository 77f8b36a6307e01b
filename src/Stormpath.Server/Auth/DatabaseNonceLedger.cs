using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Hosting;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Auth;

/// <summary>
/// SAuthc1 nonces in the database: the primary key on <c>{keyId}/{nonce}</c> makes a replay fail on insert,
/// atomically and across every instance sharing the database, and survives restarts.
/// </summary>
internal sealed class DatabaseNonceLedger(StormpathServerDbContext db) : INonceLedger
{
    public async ValueTask<bool> TryRecordAsync(string keyId, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var record = new NonceRecord { Id = $"{keyId}/{nonce}", ExpiresAt = expiresAt.UtcDateTime };
        db.Nonces.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, out _))
        {
            return false;
        }
        finally
        {
            // The request's context goes on to serve the endpoint: it must not try this insert again.
            db.Entry(record).State = EntityState.Detached;
        }
    }
}
