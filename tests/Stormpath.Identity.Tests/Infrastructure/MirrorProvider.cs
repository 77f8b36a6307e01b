using Microsoft.EntityFrameworkCore;

namespace Stormpath.Identity.Tests;

/// <summary>A database provider of the mirror, as an application configures it.</summary>
public enum MirrorProvider
{
    /// <summary>SQLite, with the migrations of Stormpath.Identity.Migrations.Sqlite.</summary>
    Sqlite,

    /// <summary>PostgreSQL, with the migrations of Stormpath.Identity.Migrations.PostgreSql.</summary>
    PostgreSql,
}

internal static class MirrorProviderExtensions
{
    public static async Task<string> CreateDatabaseAsync(this MirrorProvider provider, string prefix) => provider switch
    {
        MirrorProvider.Sqlite => TestDatabases.CreateSqlite(prefix),
        _ => await TestDatabases.CreatePostgresAsync(prefix),
    };

    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder builder, MirrorProvider provider, string connectionString) => provider switch
    {
        MirrorProvider.Sqlite => builder.UseStormpathIdentitySqlite(connectionString),
        _ => builder.UseStormpathIdentityPostgreSql(connectionString),
    };

    public static string MigrationsProject(this MirrorProvider provider) => provider switch
    {
        MirrorProvider.Sqlite => "migrations/Stormpath.Identity.Migrations.Sqlite",
        _ => "migrations/Stormpath.Identity.Migrations.PostgreSql",
    };
}
