using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Login;

public sealed class LoginAttemptTests(string provider) : ServerFixture(provider)
{
    protected override void ConfigureOptions(StormpathServerOptions options) => options.LockoutThreshold = 5;

    [Test]
    public async Task Login_ByEmailInAnyCase_Returns200WithAccountLink()
    {
        var account = await CreateAccountAsync($"{Unique("login")}@example.test");
        using var response = await LoginAsync(account["email"]!.GetValue<string>().ToUpperInvariant(), "Passw0rd!");
        var json = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json["account"]!.AsObject().Count, Is.EqualTo(1));
            Assert.That(Href(json["account"]), Is.EqualTo(Href(account)));
        });
    }

    [Test]
    public async Task Login_ByUsernameWithExpandAccount_ReturnsTheFullAccount()
    {
        var username = Unique("User");
        var account = await CreateAccountAsync(extra: new JsonObject { ["username"] = username });
        using var response = await LoginAsync(username.ToLowerInvariant(), "Passw0rd!", "?expand=account");
        var json = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(json["account"]!["username"]!.GetValue<string>(), Is.EqualTo(username));
            Assert.That(Href(json["account"]), Is.EqualTo(Href(account)));
        });
    }

    [Test]
    public async Task Login_WrongPasswordAndUnknownLogin_SameMessageDifferentCodes()
    {
        var account = await CreateAccountAsync();
        using var wrong = await LoginAsync(account["email"]!.GetValue<string>(), "Wrong-passw0rd");
        var wrongError = await AssertErrorAsync(wrong, 400, 7100);
        using var unknown = await LoginAsync($"{Unique("nobody")}@example.test", "Passw0rd!");
        var unknownError = await AssertErrorAsync(unknown, 400, 7104);
        Assert.Multiple(() =>
        {
            Assert.That(wrongError["message"]!.GetValue<string>(), Is.EqualTo("Invalid username or password."));
            Assert.That(unknownError["message"]!.GetValue<string>(), Is.EqualTo("Invalid username or password."));
        });
    }

    [Test]
    public async Task Login_DisabledAccountWithRightPassword_Returns7101()
    {
        var account = await CreateAccountAsync(extra: new JsonObject { ["status"] = "DISABLED" });
        using var response = await LoginAsync(account["email"]!.GetValue<string>(), "Passw0rd!");
        var error = await AssertErrorAsync(response, 400, 7101);
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("Invalid username or password."));
    }

    [Test]
    public async Task Login_PasswordDifferingOnlyAfterByte72_IsRejected()
    {
        var prefix = new string('a', 70) + "A1";
        var account = await CreateAccountAsync(password: prefix + "-first", directoryHref: await LongPasswordDirectoryAsync());
        var store = new JsonObject { ["href"] = Href(account["directory"]) };
        using var right = await LoginAsync(account["email"]!.GetValue<string>(), prefix + "-first", accountStore: store);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var wrong = await LoginAsync(account["email"]!.GetValue<string>(), prefix + "-other", accountStore: new JsonObject { ["href"] = Href(account["directory"]) });
        await AssertErrorAsync(wrong, 400, 7100);
    }

    [Test]
    public async Task Login_AccountStoreNotMapped_Returns5114()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("unmapped") }, HttpStatusCode.Created);
        using var response = await LoginAsync("someone@example.test", "Passw0rd!", accountStore: new JsonObject { ["href"] = Href(directory) });
        await AssertErrorAsync(response, 400, 5114);
    }

    [Test]
    public async Task Login_ParallelWrongPasswords_LockTheAccountThenExpire()
    {
        var account = await CreateAccountAsync();
        var email = account["email"]!.GetValue<string>();
        var failures = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await LoginAsync(email, "Wrong-passw0rd");
            return (int)response.StatusCode;
        }));
        Assert.That(failures, Is.All.EqualTo(400));

        using var locked = await LoginAsync(email, "Passw0rd!");
        var error = await AssertErrorAsync(locked, 400, 7103);
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("Invalid username or password."));

        Clock.Advance(Options.LockoutDuration + TimeSpan.FromSeconds(1));
        using var unlocked = await LoginAsync(email, "Passw0rd!");
        Assert.That(unlocked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>A mapped directory whose maximum password length allows more than 72 bytes.</summary>
    private async Task<string> LongPasswordDirectoryAsync()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("long") }, HttpStatusCode.Created);
        await PostJsonAsync($"{Host.BaseUrl}passwordPolicies/{Href(directory).Split('/')[^1]}/strength", new JsonObject { ["maxLength"] = 200 }, HttpStatusCode.OK);
        await PostJsonAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = ApplicationHref },
            ["accountStore"] = new JsonObject { ["href"] = Href(directory) },
        }, HttpStatusCode.Created);
        return Href(directory);
    }
}
