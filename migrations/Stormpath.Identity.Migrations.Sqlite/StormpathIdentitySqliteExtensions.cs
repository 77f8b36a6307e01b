using Stormpath.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="StormpathIdentityDbContext"/> for Sqlite with the migrations of this project.</summary>
public static class StormpathIdentitySqliteExtensions
{
    /// <summary>The assembly holding the Sqlite migrations of the mirror.</summary>
    public const string MigrationsAssembly = "Stormpath.Identity.Migrations.Sqlite";

    /// <summary>
    /// Uses Sqlite for the mirror, with the migrations of this project. The design-time factory calls this too, so
    /// <c>dotnet ef</c> sees the context exactly as the application runs it.
    /// </summary>
    /// <param name="builder">The options builder of the context.</param>
    /// <param name="connectionString">The connection string of the mirror database.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static DbContextOptionsBuilder UseStormpathIdentitySqlite(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly));
    }
}
