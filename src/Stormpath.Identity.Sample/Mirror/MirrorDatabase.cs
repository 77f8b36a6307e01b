using Microsoft.EntityFrameworkCore;
using Stormpath.Identity.Sample.Configuration;

namespace Stormpath.Identity.Sample.Mirror;

/// <summary>The database of the local Identity mirror: SQLite in the data folder by default, or PostgreSQL.</summary>
internal static class MirrorDatabase
{
    /// <summary>Points <see cref="StormpathIdentityDbContext"/> at the configured database, with that provider's migrations.</summary>
    public static void Configure(DbContextOptionsBuilder builder, SampleMirrorOptions options, string dataDirectory)
    {
        switch (options.Provider)
        {
            case SampleMirrorProvider.Sqlite:
                builder.UseStormpathIdentitySqlite(SqliteConnectionString(options, dataDirectory));
                break;
            case SampleMirrorProvider.PostgreSql:
                builder.UseStormpathIdentityPostgreSql(options.ConnectionString is { Length: > 0 } connectionString
                    ? connectionString
                    : throw new InvalidOperationException(
                        "Sample:Mirror:ConnectionString is required when Sample:Mirror:Provider is PostgreSql, " +
                        "e.g. Sample__Mirror__ConnectionString='Host=127.0.0.1;Database=sample;Username=app;Password=…'."));
                break;
            default:
                throw new InvalidOperationException($"Sample:Mirror:Provider '{options.Provider}' is not supported; use Sqlite or PostgreSql.");
        }
    }

    /// <summary>Says where the mirror is, for the start banner, without the password of a connection string.</summary>
    public static string Describe(SampleMirrorOptions options, string dataDirectory) => options.Provider switch
    {
        SampleMirrorProvider.Sqlite => $"SQLite, {SqliteConnectionString(options, dataDirectory)}",
        _ => $"{options.Provider}",
    };

    /// <summary>Creates the mirror's tables, or brings them up to date, with the provider's migrations project.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Database.MigrateAsync(cancellationToken);
    }

    private static string SqliteConnectionString(SampleMirrorOptions options, string dataDirectory) =>
        options.ConnectionString is { Length: > 0 } connectionString
            ? connectionString
            : $"Data Source={Path.Combine(dataDirectory, "mirror.db")}";
}
