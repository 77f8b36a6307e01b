using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Tokens;

/// <summary>Email verification (§4.2, §7.2), driven through the pickup folder.</summary>
public sealed class EmailVerificationTests(string provider) : ServerFixture(provider)
{
    private const string VerifySubject = "Verify your email address";

    private string _directoryHref = null!;
    private string _applicationHref = null!;

    [OneTimeSetUp]
    public async Task EnableVerificationAsync()
    {
        var app = await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = Unique("VerifyApp") }, HttpStatusCode.Created);
        _applicationHref = Href(app);
        _directoryHref = Href((await GetJsonAsync(Href(app["defaultAccountStoreMapping"])))["accountStore"]);
        var directory = await GetJsonAsync(_directoryHref);
        await PostJsonAsync(Href(directory["accountCreationPolicy"]), new JsonObject
        {
            ["verificationEmailStatus"] = "ENABLED", ["verificationSuccessEmailStatus"] = "ENABLED",
        }, HttpStatusCode.OK);
    }

    [Test]
    public async Task Create_WorkflowEnabled_StartsUnverifiedWithTokenLinkAndEmail()
    {
        var email = $"{Unique("v")}@example.test";
        var account = await CreateAccountAsync(email, directoryHref: _directoryHref);
        var message = PickupFolder.Single(MailFolder, email, VerifySubject);
        var (_, token) = PickupFolder.Link(message);
        Assert.Multiple(() =>
        {
            Assert.That(account["status"]!.GetValue<string>(), Is.EqualTo("UNVERIFIED"));
            Assert.That(account["emailVerificationStatus"]!.GetValue<string>(), Is.EqualTo("UNVERIFIED"));
            Assert.That(Href(account["emailVerificationToken"]), Does.StartWith(Host.BaseUrl + "accounts/emailVerificationTokens/"));
            Assert.That(token, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Consume_AccountsTokenLink_VerifiesTheAccountOnce()
    {
        var account = await CreateAccountAsync(directoryHref: _directoryHref);
        var link = Href(account["emailVerificationToken"]);
        using var consumed = await Client.PostAsync(link, null);
        Assert.That(consumed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await consumed.Content.ReadAsStringAsync());
        var read = await GetJsonAsync(Href(account));
        Assert.Multiple(() =>
        {
            Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(read["emailVerificationToken"], Is.Null);
        });
        using var again = await Client.PostAsync(link, null);
        await AssertErrorAsync(again, 404, 404);
    }

    [Test]
    public async Task Consume_AfterLifetime_Returns404AndAccountStaysUnverified()
    {
        var email = $"{Unique("v")}@example.test";
        var account = await CreateAccountAsync(email, directoryHref: _directoryHref);
        var (_, token) = PickupFolder.Link(PickupFolder.Single(MailFolder, email, VerifySubject));
        Clock.Advance(Options.EmailVerificationTokenLifetime + TimeSpan.FromSeconds(1));
        using var consumed = await Client.PostAsync($"/v1/accounts/emailVerificationTokens/{Uri.EscapeDataString(token)}", null);
        await AssertErrorAsync(consumed, 404, 404);
        Assert.That((await GetJsonAsync(Href(account)))["status"]!.GetValue<string>(), Is.EqualTo("UNVERIFIED"));
    }

    [Test]
    public async Task Consume_TokenFromEmail_EnablesAndVerifiesTheAccountOnce()
    {
        var email = $"{Unique("v")}@example.test";
        var account = await CreateAccountAsync(email, directoryHref: _directoryHref);
        var (_, token) = PickupFolder.Link(PickupFolder.Single(MailFolder, email, VerifySubject));

        using var consumed = await Client.PostAsync($"/v1/accounts/emailVerificationTokens/{Uri.EscapeDataString(token)}", null);
        var body = await ReadAsync(consumed);
        Assert.Multiple(() =>
        {
            Assert.That(consumed.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(Href(body), Is.EqualTo(Href(account)));
            Assert.That(consumed.Headers.Location!.ToString(), Is.EqualTo(Href(account)));
        });

        var read = await GetJsonAsync(Href(account));
        Assert.Multiple(() =>
        {
            Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(read["emailVerificationStatus"]!.GetValue<string>(), Is.EqualTo("VERIFIED"));
            Assert.That(read["emailVerificationToken"], Is.Null);
            Assert.That(PickupFolder.MessagesTo(MailFolder, email), Has.Count.EqualTo(2), "verification, then verification success");
        });

        using var again = await Client.PostAsync($"/v1/accounts/emailVerificationTokens/{Uri.EscapeDataString(token)}", null);
        await AssertErrorAsync(again, 404, 404);
        using var login = await LoginAsync(email, "Passw0rd!");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the provisioned app does not map this directory");
    }

    [Test]
    public async Task Consume_InParallel_ExactlyOneSucceeds()
    {
        var email = $"{Unique("v")}@example.test";
        await CreateAccountAsync(email, directoryHref: _directoryHref);
        var (_, token) = PickupFolder.Link(PickupFolder.Single(MailFolder, email, VerifySubject));
        var attempts = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Client.PostAsync($"/v1/accounts/emailVerificationTokens/{Uri.EscapeDataString(token)}", null);
            return (int)response.StatusCode;
        });
        var statuses = await Task.WhenAll(attempts);
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Count(s => s == 200), Is.EqualTo(1), string.Join(", ", statuses));
            Assert.That(statuses.Count(s => s == 404), Is.EqualTo(7), string.Join(", ", statuses));
        });
    }

    [Test]
    public async Task Consume_UnknownToken_Returns404()
    {
        using var response = await Client.PostAsync("/v1/accounts/emailVerificationTokens/notAToken", null);
        await AssertErrorAsync(response, 404, 404);
    }

    [Test]
    public async Task Create_RegistrationWorkflowDisabled_StartsEnabledWithoutEmail()
    {
        var email = $"{Unique("v")}@example.test";
        var account = await PostJsonAsync($"{_directoryHref}/accounts?registrationWorkflowEnabled=false", new JsonObject { ["email"] = email, ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(account["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(account["emailVerificationToken"], Is.Null);
            Assert.That(PickupFolder.MessagesTo(MailFolder, email), Is.Empty);
        });
    }

    [Test]
    public async Task Resend_UnverifiedAccount_Returns202AndANewTokenThatWorks()
    {
        var email = $"{Unique("v")}@example.test";
        var account = await CreateAccountAsync(email, directoryHref: _directoryHref);
        using var resent = await PostAsync($"{_applicationHref}/verificationEmails", new JsonObject { ["login"] = email.ToUpperInvariant() });
        Assert.That(resent.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await resent.Content.ReadAsStringAsync(), Is.Empty);

        var messages = PickupFolder.MessagesTo(MailFolder, email).Where(m => m.Subject == VerifySubject).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        var (_, token) = PickupFolder.Link(messages[^1]);
        using var consumed = await Client.PostAsync($"/v1/accounts/emailVerificationTokens/{Uri.EscapeDataString(token)}", null);
        Assert.That(consumed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetJsonAsync(Href(account)))["emailVerificationStatus"]!.GetValue<string>(), Is.EqualTo("VERIFIED"));
    }

    [Test]
    public async Task Resend_WorkflowDisabled_Returns6101()
    {
        var account = await CreateAccountAsync();
        using var response = await PostAsync($"{ApplicationHref}/verificationEmails", new JsonObject { ["login"] = account["email"]!.GetValue<string>() });
        await AssertErrorAsync(response, 400, 6101);
    }

    [Test]
    public async Task Resend_MissingLogin_Returns2000()
    {
        using var response = await PostAsync($"{_applicationHref}/verificationEmails", new JsonObject { ["accountStore"] = new JsonObject { ["href"] = _directoryHref } });
        await AssertErrorAsync(response, 400, 2000);
    }
}
