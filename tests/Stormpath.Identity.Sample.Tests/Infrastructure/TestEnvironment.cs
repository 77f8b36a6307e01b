namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>What the tests take from the machine: the browser and the PostgreSQL server that build/test.sh provides.</summary>
internal static class TestEnvironment
{
    public const string ChromiumVariable = "STORMPATH_TEST_CHROMIUM";

    public const string PostgresVariable = "STORMPATH_TEST_POSTGRES";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The folder holding Stormpath.Identity.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Stormpath.Identity.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No Stormpath.Identity.sln above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
        }
    }

    public static string TemporaryRoot => Path.GetTempPath();

    public static string NewTemporaryDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stormpath-sample-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A browser or SQLite may still hold a file for a moment after closing; the folder is in the temp area.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
