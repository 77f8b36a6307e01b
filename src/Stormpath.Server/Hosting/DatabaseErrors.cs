using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Hosting;

/// <summary>Recognises unique-constraint violations on both providers, so that they answer 409, not 500.</summary>
internal static class DatabaseErrors
{
    /// <summary>Whether the update failed on a unique constraint; <paramref name="detail"/> names the constraint or columns.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception, out string detail)
    {
        switch (exception.InnerException)
        {
            case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg:
                detail = pg.ConstraintName ?? "";
                return true;
            case SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } sqlite:
                detail = sqlite.Message;
                return true;
            default:
                detail = "";
                return false;
        }
    }

    /// <summary>Saves, turning a unique-constraint violation into the Stormpath error <paramref name="onDuplicate"/> builds from the constraint detail.</summary>
    public static async Task SaveChangesAsync(StormpathServerDbContext db, Func<string, StormpathError> onDuplicate, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e, out var detail))
        {
            throw new StormpathErrorException(onDuplicate(detail));
        }
    }
}
