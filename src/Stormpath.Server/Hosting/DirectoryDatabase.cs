using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Hosting;

/// <summary>Chooses the EF provider and its migrations assembly, and brings the database up to date at start-up.</summary>
internal static class DirectoryDatabase
{
    public static bool IsSqlite(StormpathServerOptions options) =>
        string.Equals(options.DatabaseProvider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    public static void Configure(DbContextOptionsBuilder builder, StormpathServerOptions options)
    {
        if (IsSqlite(options))
        {
            builder.UseSqlite(options.ConnectionString, b => b.MigrationsAssembly("Stormpath.Server.Migrations.Sqlite"));
        }
        else
        {
            builder.UseNpgsql(options.ConnectionString, b => b.MigrationsAssembly("Stormpath.Server.Migrations.PostgreSql"));
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, StormpathServerOptions options, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StormpathServerDbContext>();
        if (IsSqlite(options))
        {
            var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (IsSqlite(options))
        {
            // WAL lets readers proceed while one writer commits; writers queue on the busy timeout.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>The default data protection key folder: next to the SQLite file, or in the working directory.</summary>
    public static string DefaultKeysDirectory(StormpathServerOptions options)
    {
        if (IsSqlite(options))
        {
            var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            return Path.Combine(folder ?? Directory.GetCurrentDirectory(), "stormpath-keys");
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "stormpath-keys");
    }
}
