namespace Stormpath.Server.Tests;

/// <summary>
/// Checks once that what the tests share is there: PostgreSQL, started by <c>build/test.sh</c>.
/// </summary>
[SetUpFixture]
public sealed class TestEnvironment
{
    public const string PostgresVariable = "STORMPATH_TEST_POSTGRES";

    public static string PostgresConnectionString { get; private set; } = "";

    [OneTimeSetUp]
    public void RequireServices()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Fail($"{PostgresVariable} is not set. Run the tests with build/test.sh (it starts a throwaway PostgreSQL and sets it), "
                + $"or export {PostgresVariable} as an Npgsql connection string to a superuser.");
        }

        PostgresConnectionString = value!;
    }
}
