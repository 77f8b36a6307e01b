using System.Diagnostics;
using System.Reflection;

namespace Stormpath.Identity.Tests;

/// <summary>The repository the tests run from, and its tools.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of the test assembly, so <c>dotnet ef --no-build</c> uses the same binaries.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Stormpath.Identity.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Stormpath.Identity.sln was not found above the test directory; run the tests from a clone of the repository.");
    }

    /// <summary>Runs <c>dotnet ef …</c> at the repository root, as the README tells an application author to.</summary>
    public static async Task<(int ExitCode, string Output)> DotnetEfAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("ef");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
