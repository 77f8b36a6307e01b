using Npgsql;

namespace Stormpath.Identity.Tests;

/// <summary>
/// Checks what every fixture shares before any runs: the throwaway PostgreSQL cluster of <c>build/test.sh</c>. Each
/// fixture then starts its own directory server and creates its own mirror database.
/// </summary>
[SetUpFixture]
public sealed class AssemblySetUp
{
    [OneTimeSetUp]
    public async Task CheckServicesAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(TestDatabases.PostgresAdmin);
            await connection.OpenAsync();
        }
        catch (NpgsqlException exception)
        {
            Assert.Fail($"PostgreSQL at STORMPATH_TEST_POSTGRES cannot be reached ({exception.Message}). Run the tests through build/test.sh, which starts one.");
        }
    }
}
