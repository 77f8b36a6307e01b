using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Tokens;

/// <summary>Password reset (§7.1), driven through the pickup folder, with expiry on the fixture's clock.</summary>
public sealed class PasswordResetTests(string provider) : ServerFixture(provider)
{
    private const string ResetSubject = "Reset your password";

    private string Tokens => $"{ApplicationHref}/passwordResetTokens";

    private async Task<(JsonObject Account, string Token, JsonObject Created)> StartResetAsync()
    {
        var email = $"{Unique("r")}@example.test";
        var account = await CreateAccountAsync(email);
        var created = await PostJsonAsync(Tokens, new JsonObject { ["email"] = email.ToUpperInvariant() }, HttpStatusCode.OK);
        var (link, token) = PickupFolder.Link(PickupFolder.Single(MailFolder, email, ResetSubject));
        Assert.That(link.Query, Does.Contain("sptoken="));
        return (account, token, created);
    }

    [Test]
    public async Task Create_KnownEmail_ReturnsTokenAndEmailsTheSameToken()
    {
        var (account, token, created) = await StartResetAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Href(created), Is.EqualTo($"{Tokens}/{token}"));
            Assert.That(created["email"]!.GetValue<string>(), Is.EqualTo(account["email"]!.GetValue<string>()));
            Assert.That(Href(created["account"]), Is.EqualTo(Href(account)));
        });
    }

    [Test]
    public async Task Verify_TokenFromEmail_ReturnsTheTokenWithItsAccount()
    {
        var (account, token, _) = await StartResetAsync();
        var verified = await GetJsonAsync($"{Tokens}/{token}");
        Assert.That(Href(verified["account"]), Is.EqualTo(Href(account)));
    }

    [Test]
    public async Task Consume_NewPassword_ChangesPasswordOnceAndSendsSuccessEmail()
    {
        var (account, token, _) = await StartResetAsync();
        var email = account["email"]!.GetValue<string>();
        var consumed = await PostJsonAsync($"{Tokens}/{token}", new JsonObject { ["password"] = "N3wPassword!" }, HttpStatusCode.OK);
        Assert.That(Href(consumed["account"]), Is.EqualTo(Href(account)));

        using (var oldLogin = await LoginAsync(email, "Passw0rd!"))
        {
            await AssertErrorAsync(oldLogin, 400, 7100);
        }

        using (var newLogin = await LoginAsync(email, "N3wPassword!"))
        {
            Assert.That(newLogin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(PickupFolder.MessagesTo(MailFolder, email), Has.Count.EqualTo(2), "reset, then reset success");
        using var again = await PostAsync($"{Tokens}/{token}", new JsonObject { ["password"] = "An0therPass!" });
        await AssertErrorAsync(again, 404, 404);
        using var verifyAgain = await Client.GetAsync($"{Tokens}/{token}");
        await AssertErrorAsync(verifyAgain, 404, 404);
    }

    [TestCase("Ab1", 2007)]
    [TestCase("Password", 2002)]
    [TestCase("alllowercase1", 2002)]
    public async Task Consume_PasswordAgainstPolicy_Returns400AndTheTokenStillWorks(string password, int code)
    {
        var (account, token, _) = await StartResetAsync();
        using var rejected = await PostAsync($"{Tokens}/{token}", new JsonObject { ["password"] = password });
        await AssertErrorAsync(rejected, 400, code);
        using (var oldLogin = await LoginAsync(account["email"]!.GetValue<string>(), "Passw0rd!"))
        {
            Assert.That(oldLogin.StatusCode, Is.EqualTo(HttpStatusCode.OK), "password unchanged");
        }

        await PostJsonAsync($"{Tokens}/{token}", new JsonObject { ["password"] = "N3wPassword!" }, HttpStatusCode.OK);
    }

    [Test]
    public async Task Consume_InParallel_ExactlyOneSucceeds()
    {
        var (account, token, _) = await StartResetAsync();
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await PostAsync($"{Tokens}/{token}", new JsonObject { ["password"] = $"Parallel{i}Pass!" });
            return (int)response.StatusCode;
        });
        var statuses = await Task.WhenAll(attempts);
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Count(s => s == 200), Is.EqualTo(1), string.Join(", ", statuses));
            Assert.That(statuses.Count(s => s == 404), Is.EqualTo(7), string.Join(", ", statuses));
        });
        var winner = Array.IndexOf(statuses, 200);
        using var login = await LoginAsync(account["email"]!.GetValue<string>(), $"Parallel{winner}Pass!");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Consume_ReusedPasswordWithPreventReuse_Returns6401()
    {
        var app = await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = Unique("ReuseApp") }, HttpStatusCode.Created);
        var directory = await GetJsonAsync(Href((await GetJsonAsync(Href(app["defaultAccountStoreMapping"])))["accountStore"]));
        await PostJsonAsync($"{Href(directory["passwordPolicy"])}/strength", new JsonObject { ["preventReuse"] = 2 }, HttpStatusCode.OK);
        var email = $"{Unique("reuse")}@example.test";
        await CreateAccountAsync(email, directoryHref: Href(directory));
        await PostJsonAsync($"{Href(app)}/passwordResetTokens", new JsonObject { ["email"] = email }, HttpStatusCode.OK);
        var (_, token) = PickupFolder.Link(PickupFolder.Single(MailFolder, email, ResetSubject));
        using var reused = await PostAsync($"{Href(app)}/passwordResetTokens/{token}", new JsonObject { ["password"] = "Passw0rd!" });
        await AssertErrorAsync(reused, 400, 6401);
        await PostJsonAsync($"{Href(app)}/passwordResetTokens/{token}", new JsonObject { ["password"] = "Fresh1Password" }, HttpStatusCode.OK);
    }

    [Test]
    public async Task Consume_PasswordTooLong_Returns2008()
    {
        var (_, token, _) = await StartResetAsync();
        using var rejected = await PostAsync($"{Tokens}/{token}", new JsonObject { ["password"] = "Aa1" + new string('x', 100) });
        await AssertErrorAsync(rejected, 400, 2008);
    }

    [Test]
    public async Task Token_AfterTtl_IsExpired()
    {
        var (_, token, _) = await StartResetAsync();
        Clock.Advance(TimeSpan.FromHours(23));
        await GetJsonAsync($"{Tokens}/{token}");
        Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var verify = await Client.GetAsync($"{Tokens}/{token}");
        await AssertErrorAsync(verify, 404, 404);
        using var consume = await PostAsync($"{Tokens}/{token}", new JsonObject { ["password"] = "N3wPassword!" });
        await AssertErrorAsync(consume, 404, 404);
    }

    [Test]
    public async Task Create_UnknownEmail_Returns400AndSendsNothing()
    {
        var email = $"{Unique("nobody")}@example.test";
        using var response = await PostAsync(Tokens, new JsonObject { ["email"] = email });
        await AssertErrorAsync(response, 400, 2016);
        Assert.That(PickupFolder.MessagesTo(MailFolder, email), Is.Empty);
    }

    [Test]
    public async Task Create_MissingEmail_Returns2000()
    {
        using var response = await PostAsync(Tokens, new JsonObject { ["accountStore"] = new JsonObject { ["href"] = DirectoryHref } });
        await AssertErrorAsync(response, 400, 2000);
    }

    [Test]
    public async Task Verify_UnknownToken_Returns404()
    {
        using var response = await Client.GetAsync($"{Tokens}/notAToken");
        await AssertErrorAsync(response, 404, 404);
    }

    [Test]
    public async Task Token_OfAnotherApplication_Returns404()
    {
        var (_, token, _) = await StartResetAsync();
        var other = await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("other") }, HttpStatusCode.Created);
        using var response = await Client.GetAsync($"{Href(other)}/passwordResetTokens/{token}");
        await AssertErrorAsync(response, 404, 404);
    }
}
