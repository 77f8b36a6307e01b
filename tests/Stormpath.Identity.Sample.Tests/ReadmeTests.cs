using System.Text.RegularExpressions;
using Stormpath.Identity.Sample.Tests.Infrastructure;

namespace Stormpath.Identity.Sample.Tests;

/// <summary>The README's two commands, tried the way a newcomer tries them.</summary>
[NonParallelizable]
public sealed partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "README.md"));

    [Test]
    public async Task RunTheSample_FromAFreshClone_StartsAndServesTheHomePage()
    {
        var command = RunSampleCommand().Match(Readme);
        Assert.That(command.Success, Is.True, "README.md shows no `dotnet run --project src/Stormpath.Identity.Sample` command.");

        var clone = TestEnvironment.NewTemporaryDirectory("clone");
        try
        {
            // A clone holds what is committed and nothing a developer's build left behind: no bin, obj or .data.
            await ChildProcess.RunAsync(TestEnvironment.TemporaryRoot, TimeSpan.FromMinutes(2), "git", "clone", "--quiet", TestEnvironment.RepositoryRoot, clone);

            // The README's command as written, plus one thing a newcomer does not need: a free port instead of the
            // fixed one in launchSettings.json, so the test never collides with a sample already running here.
            string[] arguments = [.. command.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1), "--", "--urls", "http://127.0.0.1:0"];
            await using var sample = ChildProcess.Start(clone, "dotnet", arguments);
            var url = await sample.WaitForLineAsync("Open:", TimeSpan.FromMinutes(8));

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var home = await http.GetStringAsync(new Uri(url));
            var css = await http.GetAsync(new Uri(new Uri(url), "css/site.css"));
            Assert.Multiple(() =>
            {
                Assert.That(home, Does.Contain("Stormpath.Identity sample").And.Contain("Create an account"));
                Assert.That(css.IsSuccessStatusCode, Is.True, "the stylesheet is not served");
                Assert.That(sample.Output, Does.Contain("Emails:").And.Contain(SampleApp.MakeAdminCommandLine));
                Assert.That(Directory.Exists(Path.Combine(clone, "src", "Stormpath.Identity.Sample", ".data")), Is.True, "no data folder under the content root");
            });
        }
        finally
        {
            TestEnvironment.DeleteDirectory(clone);
        }
    }

    /// <summary>
    /// The second command is build/test.sh. Running it here would run this test again, inside itself, without end, so
    /// the test checks instead that the README names it and that CI runs exactly it: CI running it is the proof.
    /// </summary>
    [Test]
    public void RunTheTests_TheReadmeCommand_IsTheOneCiRuns()
    {
        var ci = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, ".ci", "run"));
        Assert.Multiple(() =>
        {
            Assert.That(Readme, Does.Contain("build/test.sh"));
            Assert.That(ci, Does.Match(@"(?m)^\s*(exec\s+)?(bash\s+)?build/test\.sh\s*$"));
        });
    }

    [Test]
    public void MakeAdmin_TheReadme_ShowsTheCommandTheBannerPrints()
    {
        Assert.That(Readme, Does.Contain($"{SampleApp.MakeAdminCommandLine} "));
    }

    [GeneratedRegex(@"(?m)^dotnet run --project src/Stormpath\.Identity\.Sample\s*$")]
    private static partial Regex RunSampleCommand();
}
