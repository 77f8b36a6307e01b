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

    private readonly List<IBrowserContext> _browsers = [];
    private readonly List<string> _profiles = [];
    private string _dataDirectory = "";

    internal SampleHost Sample { get; private set; } = null!;

    internal SampleMailbox Mailbox { get; private set; } = null!;

    internal string DataDirectory => _dataDirectory;

    /// <summary>The command line the fixture starts the sample with; a fixture adds settings of its own.</summary>
    protected virtual IEnumerable<string> SampleArguments(string dataDirectory) =>
        ["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Sample:DataDirectory", dataDirectory];

    [OneTimeSetUp]
    public async Task StartSampleAsync()
    {
        _dataDirectory = TestEnvironment.NewTemporaryDirectory("data");
        Sample = await SampleApp.BuildAsync([.. SampleArguments(_dataDirectory)]);
        await Sample.StartAsync();
        Mailbox = new SampleMailbox(Sample.PickupDirectory ?? Path.Combine(_dataDirectory, "mail"));
    }

    [OneTimeTearDown]
    public async Task StopSampleAsync()
    {
        if (Sample is not null)
        {
            await Sample.DisposeAsync();
        }

        TestEnvironment.DeleteDirectory(_dataDirectory);
    }

    [TearDown]
    public async Task CloseBrowsersAsync()
    {
        foreach (var browser in _browsers)
        {
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
