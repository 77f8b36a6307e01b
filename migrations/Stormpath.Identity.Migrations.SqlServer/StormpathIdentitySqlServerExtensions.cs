using Stormpath.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="StormpathIdentityDbContext"/> for SqlServer with the migrations of this project.</summary>
public static class StormpathIdentitySqlServerExtensions
{
    /// <summary>The assembly holding the SqlServer migrations of the mirror.</summary>
    public const string MigrationsAssembly = "Stormpath.Identity.Migrations.SqlServer";

    /// <summary>
    /// Uses SqlServer for the mirror, with the migrations of this project. The design-time factory calls this too, so
    /// <c>dotnet ef</c> sees the context exactly as the application runs it.
    /// </summary>
    /// <param name="builder">The options builder of the context.</param>
    /// <param name="connectionString">The connection string of the mirror database.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static DbContextOptionsBuilder UseStormpathIdentitySqlServer(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(MigrationsAssembly));
    }
}
