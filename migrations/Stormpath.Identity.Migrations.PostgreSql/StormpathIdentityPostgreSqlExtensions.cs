using Stormpath.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Configures <see cref="StormpathIdentityDbContext"/> for PostgreSql with the migrations of this project.</summary>
public static class StormpathIdentityPostgreSqlExtensions
{
    /// <summary>The assembly holding the PostgreSql migrations of the mirror.</summary>
    public const string MigrationsAssembly = "Stormpath.Identity.Migrations.PostgreSql";

    /// <summary>
    /// Uses PostgreSql for the mirror, with the migrations of this project. The design-time factory calls this too, so
    /// <c>dotnet ef</c> sees the context exactly as the application runs it.
    /// </summary>
    /// <param name="builder">The options builder of the context.</param>
    /// <param name="connectionString">The connection string of the mirror database.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static DbContextOptionsBuilder UseStormpathIdentityPostgreSql(this DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
    }
}
