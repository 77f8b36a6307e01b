using Microsoft.Data.Sqlite;
using Npgsql;

namespace Stormpath.Identity.Tests;

/// <summary>Gives each fixture a database of its own: a fresh PostgreSQL database or a fresh SQLite file.</summary>
internal static class TestDatabases
{
    private const string PostgresVariable = "STORMPATH_TEST_POSTGRES";

    /// <summary>The connection string of the throwaway PostgreSQL cluster <c>build/test.sh</c> starts.</summary>
    public static string PostgresAdmin => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{PostgresVariable} is not set. Run the tests through build/test.sh (build/test.sh tests/Stormpath.Identity.Tests), which starts a throwaway PostgreSQL and sets it.");

    /// <summary>Creates an empty PostgreSQL database and returns its connection string.</summary>
    public static async Task<string> CreatePostgresAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(PostgresAdmin))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    /// <summary>Returns the connection string of a SQLite file that does not exist yet, in the test's work folder.</summary>
    public static string CreateSqlite(string prefix)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "databases");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{prefix}-{Guid.NewGuid():N}.db");
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ConnectionString;
    }
}
