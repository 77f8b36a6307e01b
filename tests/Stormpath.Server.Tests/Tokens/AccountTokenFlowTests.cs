using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Stormpath.Server.Tests.Tokens;

/// <summary>Email verification and password reset, followed through the emails in the pickup folder.</summary>
public sealed partial class AccountTokenFlowTests(string provider) : ServerFixture(provider)
{
    private string _verifyingDirectory = "";

    [OneTimeSetUp]
    public async Task CreateVerifyingDirectoryAsync()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("verifying") }, HttpStatusCode.Created);
        _verifyingDirectory = Href(directory);
        await PostJsonAsync($"{Host.BaseUrl}accountCreationPolicies/{_verifyingDirectory.Split('/')[^1]}", new JsonObject { ["verificationEmailStatus"] = "ENABLED" }, HttpStatusCode.OK);
        await PostJsonAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = ApplicationHref },
            ["accountStore"] = new JsonObject { ["href"] = _verifyingDirectory },
        }, HttpStatusCode.Created);
    }

    [Test]
    public async Task Verification_LinkFromTheEmail_EnablesTheAccountOnce()
    {
        var email = $"{Unique("verify")}@example.test";
        var account = await CreateAccountAsync(email, directoryHref: _verifyingDirectory);
        Assert.Multiple(() =>
        {
            Assert.That(account["status"]!.GetValue<string>(), Is.EqualTo("UNVERIFIED"));
            Assert.That(account["emailVerificationStatus"]!.GetValue<string>(), Is.EqualTo("UNVERIFIED"));
            Assert.That(account["emailVerificationToken"], Is.Not.Null);
        });
        using (var login = await LoginAsync(email, "Passw0rd!"))
        {
            await AssertErrorAsync(login, 400, 7102);
        }

        var token = await TokenFromEmailAsync(email);
        using var verified = await Client.PostAsync($"accounts/emailVerificationTokens/{token}", null);
        var body = await ReadAsync(verified);
        Assert.Multiple(() =>
        {
            Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(verified.Headers.Location!.ToString(), Is.EqualTo(Href(account)));
            Assert.That(Href(body), Is.EqualTo(Href(account)));
        });

        var after = await GetJsonAsync(Href(account));
        Assert.Multiple(() =>
        {
            Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(after["emailVerificationStatus"]!.GetValue<string>(), Is.EqualTo("VERIFIED"));
            Assert.That(after["emailVerificationToken"], Is.Null);
        });
        using (var login = await LoginAsync(email, "Passw0rd!"))
        {
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var reused = await Client.PostAsync($"accounts/emailVerificationTokens/{token}", null);
        await AssertErrorAsync(reused, 404, 404);
    }

    [Test]
    public async Task Verification_RegistrationWorkflowDisabled_CreatesAnEnabledAccountWithoutEmail()
    {
        var email = $"{Unique("noflow")}@example.test";
        var account = await PostJsonAsync($"{_verifyingDirectory}/accounts?registrationWorkflowEnabled=false",
            new JsonObject { ["email"] = email, ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        Assert.That(account["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
        Assert.That(EmailsTo(email), Is.Empty);
    }

    [Test]
    public async Task Verification_ResendThroughTheApplication_Returns202AndSendsANewEmail()
    {
        var email = $"{Unique("resend")}@example.test";
        await CreateAccountAsync(email, directoryHref: _verifyingDirectory);
        using var response = await PostAsync($"{ApplicationHref}/verificationEmails", new JsonObject { ["login"] = email });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(EmailsTo(email), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task PasswordReset_TokenFromTheEmail_ChangesThePasswordOnce()
    {
        var email = $"{Unique("reset")}@example.test";
        var account = await CreateAccountAsync(email);
        var created = await PostJsonAsync($"{ApplicationHref}/passwordResetTokens", new JsonObject { ["email"] = email.ToUpperInvariant() }, HttpStatusCode.OK);
        var token = await TokenFromEmailAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(Href(created), Is.EqualTo($"{ApplicationHref}/passwordResetTokens/{token}"));
            Assert.That(Href(created["account"]), Is.EqualTo(Href(account)));
            Assert.That(created["email"]!.GetValue<string>(), Is.EqualTo(email));
        });

        await GetJsonAsync($"{ApplicationHref}/passwordResetTokens/{token}");
        using (var weak = await PostAsync($"{ApplicationHref}/passwordResetTokens/{token}", new JsonObject { ["password"] = "short" }))
        {
            await AssertErrorAsync(weak, 400, 2007);
        }

        await PostJsonAsync($"{ApplicationHref}/passwordResetTokens/{token}", new JsonObject { ["password"] = "N3w-Passw0rd" }, HttpStatusCode.OK);
        using (var oldPassword = await LoginAsync(email, "Passw0rd!"))
        {
            await AssertErrorAsync(oldPassword, 400, 7100);
        }

        using (var newPassword = await LoginAsync(email, "N3w-Passw0rd"))
        {
            Assert.That(newPassword.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var reused = await PostAsync($"{ApplicationHref}/passwordResetTokens/{token}", new JsonObject { ["password"] = "An0ther-passw0rd" });
        await AssertErrorAsync(reused, 404, 404);
    }

    [Test]
    public async Task PasswordReset_AfterTheTokenLifetime_Returns404()
    {
        var email = $"{Unique("expire")}@example.test";
        await CreateAccountAsync(email);
        await PostJsonAsync($"{ApplicationHref}/passwordResetTokens", new JsonObject { ["email"] = email }, HttpStatusCode.OK);
        var token = await TokenFromEmailAsync(email);
        Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        using var expired = await Client.GetAsync($"{ApplicationHref}/passwordResetTokens/{token}");
        await AssertErrorAsync(expired, 404, 404);
    }

    [Test]
    public async Task PasswordReset_UnknownEmail_Returns400Code2016()
    {
        using var response = await PostAsync($"{ApplicationHref}/passwordResetTokens", new JsonObject { ["email"] = $"{Unique("ghost")}@example.test" });
        await AssertErrorAsync(response, 400, 2016);
    }

    [Test]
    public async Task PasswordReset_PreventReuse_RefusesTheCurrentPasswordWith6401()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("reuse") }, HttpStatusCode.Created);
        await PostJsonAsync($"{Host.BaseUrl}passwordPolicies/{Href(directory).Split('/')[^1]}/strength", new JsonObject { ["preventReuse"] = 3 }, HttpStatusCode.OK);
        var account = await CreateAccountAsync(directoryHref: Href(directory));
        using var response = await PostAsync(Href(account), new JsonObject { ["password"] = "Passw0rd!" });
        await AssertErrorAsync(response, 400, 6401);
        await PostJsonAsync(Href(account), new JsonObject { ["password"] = "Different-passw0rd" }, HttpStatusCode.OK);
    }

    private string[] EmailsTo(string email) =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml")
                .Where(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase)))
                .ToArray()
            : [];

    private async Task<string> TokenFromEmailAsync(string email)
    {
        var files = EmailsTo(email);
        Assert.That(files, Is.Not.Empty, $"no email to {email} in {MailFolder}");
        using var message = await MimeKit.MimeMessage.LoadAsync(files.OrderBy(File.GetLastWriteTimeUtc).Last());
        var text = message.TextBody ?? "";
        var match = TokenPattern().Match(text);
        Assert.That(match.Success, Is.True, text);
        return Uri.UnescapeDataString(match.Groups[1].Value);
    }

    [GeneratedRegex("sptoken=([A-Za-z0-9_%.~-]+)")]
    private static partial Regex TokenPattern();
}
