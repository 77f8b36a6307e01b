using Microsoft.Playwright.NUnit;

namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>
/// Runs the real sample app on a loopback port with its own data folder for the fixture, and drives Debian's
/// Chromium against it, a fresh profile per browser.
/// </summary>
public abstract class SampleBrowserTest : PlaywrightTest
{
    internal static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>A password the directory's default policy accepts.</summary>
    internal const string Password = "Tardis2005";

    private readonly List<IBrowserContext> _browsers = [];
    private readonly List<string> _profiles = [];
    private string _dataDirectory = "";

    internal SampleHost Sample { get; private set; } = null!;

    internal SampleMailbox Mailbox { get; private set; } = null!;

    internal string DataDirectory => _dataDirectory;

    /// <summary>Reads what the directory itself holds, past the app and its mirror.</summary>
    internal DirectoryReader RemoteDirectory { get; set; } = null!;

    private string[] Arguments =>
        ["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Sample:DataDirectory", _dataDirectory, .. ExtraArguments];

    /// <summary>Settings a fixture adds to the sample's command line.</summary>
    private protected IReadOnlyList<string> ExtraArguments { get; set; } = [];

    /// <summary>Where the emails land; the embedded directory's pickup folder unless a fixture says otherwise.</summary>
    private protected string? PickupDirectory { get; set; }

    [OneTimeSetUp]
    public async Task StartSampleAsync()
    {
        _dataDirectory = TestEnvironment.NewTemporaryDirectory("data");
        await PrepareAsync(_dataDirectory);
        Sample = await SampleApp.BuildAsync(Arguments);
        await Sample.StartAsync();
        Mailbox = new SampleMailbox(PickupDirectory ?? Sample.PickupDirectory
            ?? throw new InvalidOperationException("The sample runs on an external directory; the fixture must say where its emails land."));
        if (Sample.EmbeddedDirectory is { } embedded)
        {
            RemoteDirectory = new DirectoryReader(embedded.State.ApplicationHref, embedded.State.ApiKeyId, embedded.State.ApiKeySecret);
        }
    }

    [OneTimeTearDown]
    public async Task StopSampleAsync()
    {
        RemoteDirectory?.Dispose();
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }

        await CleanUpAsync();
        TestEnvironment.DeleteDirectory(_dataDirectory);
    }

    /// <summary>Starts what the fixture's sample needs before it is built, e.g. an external directory.</summary>
    private protected virtual Task PrepareAsync(string dataDirectory) => Task.CompletedTask;

    /// <summary>Stops what <see cref="PrepareAsync"/> started.</summary>
    private protected virtual Task CleanUpAsync() => Task.CompletedTask;

    /// <summary>Runs the README's <c>make-admin</c> command against the fixture's data folder while the sample runs.</summary>
    internal async Task MakeAdminAsync(string email)
    {
        using var output = new StringWriter();
        var exitCode = await SampleApp.RunAsync(["make-admin", email, .. Arguments], output, output);
        Assert.That(exitCode, Is.Zero, $"make-admin failed:{Environment.NewLine}{output}");
    }

    [TearDown]
    public async Task CloseBrowsersAsync()
    {
        // On a failure, say what each browser was showing: a page's text usually names the cause.
        var failed = TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed;
        foreach (var browser in _browsers)
        {
            if (failed)
            {
                foreach (var page in browser.Pages)
                {
                    await TestContext.Out.WriteLineAsync($"--- {page.Url}{Environment.NewLine}{await page.InnerTextAsync("body")}");
                }
            }

            await browser.CloseAsync();
        }

        _browsers.Clear();
        foreach (var profile in _profiles)
        {
            TestEnvironment.DeleteDirectory(profile);
        }

        _profiles.Clear();
    }

    /// <summary>Starts a browser with an empty profile, pointed at the sample.</summary>
    internal async Task<IPage> OpenBrowserAsync()
    {
        var profile = TestEnvironment.NewTemporaryDirectory("profile");
        _profiles.Add(profile);
        var browser = await Playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            BaseURL = Sample.BaseUrl.ToString(),
        });
        _browsers.Add(browser);
        browser.SetDefaultTimeout(15_000);
        return browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
    }

    /// <summary>An address no other test uses.</summary>
    internal static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";
}
