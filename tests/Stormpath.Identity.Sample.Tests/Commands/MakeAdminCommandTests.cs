using Stormpath.Identity.Sample.Tests.Infrastructure;

namespace Stormpath.Identity.Sample.Tests.Commands;

/// <summary>The README's <c>make-admin</c> command, run while the sample runs, as a person runs it in a second terminal.</summary>
public class MakeAdminCommandTests : SampleBrowserTest
{
    [Test]
    public async Task MakeAdmin_RegisteredUser_CreatesTheGroupInTheDirectoryAndAddsTheAccount()
    {
        var email = NewEmail("first-admin");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);

        var (exitCode, output) = await RunMakeAdminAsync(email);
        var again = await RunMakeAdminAsync(email);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain($"{email} is now in {SampleRoles.Administrators}"));
            Assert.That(await RemoteDirectory.GroupNamesAsync(email), Is.EquivalentTo(new[] { SampleRoles.Administrators }));
            Assert.That(again.ExitCode, Is.Zero, again.Output);
            Assert.That(again.Output, Does.Contain("already"));
        });
    }

    [Test]
    public async Task MakeAdmin_UnknownEmail_FailsAndSaysToRegisterFirst()
    {
        var email = NewEmail("stranger");

        var (exitCode, output) = await RunMakeAdminAsync(email);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Does.Contain($"No user has the email {email}").And.Contain("Register at"));
        });
    }

    [Test]
    public async Task MakeAdmin_NoEmail_PrintsTheUsage()
    {
        using var output = new StringWriter();

        var exitCode = await SampleApp.RunAsync(["make-admin"], output, output);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(output.ToString(), Does.Contain($"Usage: {SampleApp.MakeAdminCommandLine} EMAIL"));
        });
    }

    private async Task<(int ExitCode, string Output)> RunMakeAdminAsync(string email)
    {
        using var output = new StringWriter();
        var exitCode = await SampleApp.RunAsync(["make-admin", email, "--urls", "http://127.0.0.1:0", "--Sample:DataDirectory", DataDirectory], output, output);
        return (exitCode, output.ToString());
    }
}
