using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Accounts;

public sealed class AccountEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Create_InDirectory_Returns201WithLocationAndFullAccount()
    {
        var email = $"{Unique("Rose")}@Example.test";
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject
        {
            ["email"] = email, ["password"] = "Passw0rd!", ["givenName"] = "Rose", ["surname"] = "Tyler",
        });
        var account = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), account.ToJsonString());
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Href(account)));
            Assert.That(account["username"]!.GetValue<string>(), Is.EqualTo(email), "username defaults to email");
            Assert.That(account["fullName"]!.GetValue<string>(), Is.EqualTo("Rose Tyler"));
            Assert.That(account["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(account.ContainsKey("password"), Is.False);
            Assert.That(account["middleName"], Is.Null);
            Assert.That(account["emailVerificationToken"], Is.Null);
            Assert.That(Href(account["directory"]), Is.EqualTo(DirectoryHref));
            Assert.That(Href(account["customData"]), Is.EqualTo($"{Href(account)}/customData"));
        });
    }

    [Test]
    public async Task Create_DuplicateEmailDifferentCase_Returns409Code2001()
    {
        var email = $"{Unique("dup")}@example.test";
        await CreateAccountAsync(email);
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["email"] = email.ToUpperInvariant(), ["password"] = "Passw0rd!" });
        var error = await AssertErrorAsync(response, 409, 2001);
        Assert.That(error["developerMessage"]!.GetValue<string>(), Does.Contain("email"));
    }

    [Test]
    public async Task Create_DuplicateUsernameDifferentCase_Returns409Code2001()
    {
        var username = Unique("Name");
        await CreateAccountAsync(extra: new JsonObject { ["username"] = username });
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject
        {
            ["email"] = $"{Unique("other")}@example.test", ["username"] = username.ToLowerInvariant(), ["password"] = "Passw0rd!",
        });
        var error = await AssertErrorAsync(response, 409, 2001);
        Assert.That(error["developerMessage"]!.GetValue<string>(), Does.Contain("username"));
    }

    [Test]
    public async Task Create_DuplicateEmailInParallel_OneCreatedRestConflict()
    {
        var email = $"{Unique("race")}@example.test";
        var attempts = Enumerable.Range(0, 50).Select(async _ =>
        {
            using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["email"] = email, ["password"] = "Passw0rd!" });
            var body = await ReadAsync(response);
            return ((int)response.StatusCode, body["code"]?.GetValue<int>());
        });
        var results = await Task.WhenAll(attempts);
        Assert.Multiple(() =>
        {
            Assert.That(results.Count(r => r.Item1 == 201), Is.EqualTo(1), string.Join(", ", results));
            Assert.That(results.Count(r => r.Item1 == 409 && r.Item2 == 2001), Is.EqualTo(49), string.Join(", ", results));
        });

        var page = await GetJsonAsync($"{DirectoryHref}/accounts?email={email}");
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_PartialBody_ChangesOnlyThoseFieldsAndReturnsFullAccount()
    {
        var account = await CreateAccountAsync();
        Clock.Advance(TimeSpan.FromSeconds(2));
        var updated = await PostJsonAsync(Href(account), new JsonObject { ["givenName"] = "Martha" }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["givenName"]!.GetValue<string>(), Is.EqualTo("Martha"));
            Assert.That(updated["surname"]!.GetValue<string>(), Is.EqualTo("User"));
            Assert.That(updated["email"]!.GetValue<string>(), Is.EqualTo(account["email"]!.GetValue<string>()));
            Assert.That(updated["fullName"]!.GetValue<string>(), Is.EqualTo("Martha User"));
            Assert.That(updated["modifiedAt"]!.GetValue<string>(), Is.Not.EqualTo(account["modifiedAt"]!.GetValue<string>()));
            Assert.That(updated["createdAt"]!.GetValue<string>(), Is.EqualTo(account["createdAt"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Update_EmailToAnotherAccountsEmail_Returns409Code2001()
    {
        var first = await CreateAccountAsync();
        var second = await CreateAccountAsync();
        using var response = await PostAsync(Href(second), new JsonObject { ["email"] = first["email"]!.GetValue<string>() });
        await AssertErrorAsync(response, 409, 2001);
    }

    [Test]
    public async Task Delete_Account_Returns204ThenNotFound()
    {
        var account = await CreateAccountAsync();
        using var deleted = await Client.DeleteAsync(Href(account));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var read = await Client.GetAsync(Href(account));
        await AssertErrorAsync(read, 404, 404);
    }

    [Test]
    public async Task Create_WeakPassword_Returns400WithPolicyCode()
    {
        using var tooShort = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["email"] = $"{Unique("w")}@example.test", ["password"] = "Ab1" });
        await AssertErrorAsync(tooShort, 400, 2007);
        using var noDigit = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["email"] = $"{Unique("w")}@example.test", ["password"] = "Password" });
        await AssertErrorAsync(noDigit, 400, 2002);
    }

    [Test]
    public async Task Create_InvalidEmail_Returns400Code2006()
    {
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["email"] = "not-an-email", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(response, 400, 2006);
    }

    [Test]
    public async Task Create_MissingEmail_Returns400Code2000()
    {
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject { ["password"] = "Passw0rd!" });
        await AssertErrorAsync(response, 400, 2000);
    }

    [Test]
    public async Task Create_ThroughApplication_GoesToTheDefaultAccountStore()
    {
        var account = await PostJsonAsync($"{ApplicationHref}/accounts", new JsonObject { ["email"] = $"{Unique("app")}@example.test", ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        Assert.That(Href(account["directory"]), Is.EqualTo(DirectoryHref));
    }
}
