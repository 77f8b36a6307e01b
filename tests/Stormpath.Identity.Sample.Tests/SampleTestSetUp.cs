using Stormpath.Identity.Sample.Tests.Infrastructure;

namespace Stormpath.Identity.Sample.Tests;

/// <summary>Checks once that the browser the tests drive is installed, and says how to get it when it is not.</summary>
[SetUpFixture]
public sealed class SampleTestSetUp
{
    [OneTimeSetUp]
    public void RequireChromium()
    {
        var path = TestEnvironment.ChromiumPath;
        if (!File.Exists(path))
        {
            Assert.Fail($"Chromium was not found at {path}. Run the tests with build/test.sh, which installs the Debian package " +
                $"'chromium', or install it (apt-get install chromium) or point {TestEnvironment.ChromiumVariable} at a Chromium binary.");
        }
    }
}
