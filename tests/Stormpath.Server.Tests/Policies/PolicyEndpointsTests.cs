using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Policies;

/// <summary>Password policy, password strength and account creation policy of a directory (§3.10).</summary>
public sealed class PolicyEndpointsTests(string provider) : ServerFixture(provider)
{
    private string DirectoryId => DirectoryHref.Split('/')[^1];

    [Test]
    public async Task PasswordPolicy_NewDirectory_HasStormpathDefaults()
    {
        var directory = await CreateDirectoryAsync();
        var policy = await GetJsonAsync(Href(directory["passwordPolicy"]));
        var strength = await GetJsonAsync(Href(policy["strength"]));
        Assert.Multiple(() =>
        {
            Assert.That(policy["resetTokenTtl"]!.GetValue<int>(), Is.EqualTo(24));
            Assert.That(policy["resetEmailStatus"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(Href(policy["strength"]), Is.EqualTo($"{Href(policy)}/strength"));
            Assert.That(strength["minLength"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(strength["maxLength"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(strength["minLowerCase"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minUpperCase"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minNumeric"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minSymbol"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(strength["minDiacritic"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(strength["preventReuse"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Strength_Update_IsEnforcedOnNewAccounts()
    {
        var directory = await CreateDirectoryAsync();
        var policy = await GetJsonAsync(Href(directory["passwordPolicy"]));
        var updated = await PostJsonAsync(Href(policy["strength"]), new JsonObject { ["minLength"] = 12, ["minSymbol"] = 1 }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["minLength"]!.GetValue<int>(), Is.EqualTo(12));
            Assert.That(updated["minSymbol"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(updated["maxLength"]!.GetValue<int>(), Is.EqualTo(100));
        });

        using var tooShort = await PostAsync($"{Href(directory)}/accounts", new JsonObject { ["email"] = $"{Unique("p")}@example.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(tooShort, 400, 2007);
        using var noSymbol = await PostAsync($"{Href(directory)}/accounts", new JsonObject { ["email"] = $"{Unique("p")}@example.test", ["password"] = "Passw0rdPassw0rd" });
        await AssertErrorAsync(noSymbol, 400, 2002);
        await CreateAccountAsync(password: "Passw0rd!Passw0rd", directoryHref: Href(directory));
    }

    [TestCase("{\"minLength\":0}")]
    [TestCase("{\"minLength\":50,\"maxLength\":10}")]
    [TestCase("{\"preventReuse\":26}")]
    [TestCase("{\"minLength\":\"eight\"}")]
    [TestCase("{\"shape\":1}")]
    public async Task Strength_BadValue_Returns400AndChangesNothing(string body)
    {
        var directory = await CreateDirectoryAsync();
        var strengthHref = $"{Href(directory["passwordPolicy"])}/strength";
        using var response = await Client.PostAsync(strengthHref, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = await ReadAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(400), error.ToJsonString());
        var strength = await GetJsonAsync(strengthHref);
        Assert.Multiple(() =>
        {
            Assert.That(strength["minLength"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(strength["maxLength"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(strength["preventReuse"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task PasswordPolicy_Update_ChangesTtlAndStatuses()
    {
        var directory = await CreateDirectoryAsync();
        var updated = await PostJsonAsync(Href(directory["passwordPolicy"]), new JsonObject { ["resetTokenTtl"] = 2, ["resetSuccessEmailStatus"] = "DISABLED" }, HttpStatusCode.OK);
        var read = await GetJsonAsync(Href(directory["passwordPolicy"]));
        Assert.Multiple(() =>
        {
            Assert.That(updated["resetTokenTtl"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(read["resetSuccessEmailStatus"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(read["resetEmailStatus"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
        });
        using var tooLong = await PostAsync(Href(directory["passwordPolicy"]), new JsonObject { ["resetTokenTtl"] = 169 });
        Assert.That((int)tooLong.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task AccountCreationPolicy_NewDirectory_HasEveryEmailDisabled()
    {
        var directory = await CreateDirectoryAsync();
        var policy = await GetJsonAsync(Href(directory["accountCreationPolicy"]));
        Assert.Multiple(() =>
        {
            Assert.That(policy["verificationEmailStatus"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(policy["verificationSuccessEmailStatus"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(policy["welcomeEmailStatus"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(policy["emailDomainWhitelist"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task AccountCreationPolicy_BadStatus_Returns2003()
    {
        var directory = await CreateDirectoryAsync();
        using var response = await PostAsync(Href(directory["accountCreationPolicy"]), new JsonObject { ["verificationEmailStatus"] = "MAYBE" });
        await AssertErrorAsync(response, 400, 2003);
    }

    [Test]
    public async Task Policies_OfUnknownDirectory_Return404()
    {
        using var password = await Client.GetAsync("/v1/passwordPolicies/nope");
        await AssertErrorAsync(password, 404, 404);
        using var creation = await Client.GetAsync("/v1/accountCreationPolicies/nope");
        await AssertErrorAsync(creation, 404, 404);
    }

    [Test]
    public async Task Directory_PolicyLinks_UseTheDirectoryId()
    {
        var directory = await GetJsonAsync($"{DirectoryHref}?expand=passwordPolicy,accountCreationPolicy");
        Assert.Multiple(() =>
        {
            Assert.That(Href(directory["passwordPolicy"]), Is.EqualTo($"{Host.BaseUrl}passwordPolicies/{DirectoryId}"));
            Assert.That(directory["passwordPolicy"]!["resetTokenTtl"]!.GetValue<int>(), Is.EqualTo(24));
            Assert.That(Href(directory["accountCreationPolicy"]), Is.EqualTo($"{Host.BaseUrl}accountCreationPolicies/{DirectoryId}"));
            Assert.That(directory["accountCreationPolicy"]!["verificationEmailStatus"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
        });
    }

    [Test]
    public async Task Strength_OutOfRangeValue_Returns400()
    {
        using var response = await PostAsync($"{Host.BaseUrl}passwordPolicies/{DirectoryId}/strength", new JsonObject { ["preventReuse"] = 26 });
        await AssertErrorAsync(response, 400, 2010);
    }

    [Test]
    public async Task AccountCreationPolicy_Blacklist_RefusesThatDomainWith7205()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("domains") }, HttpStatusCode.Created);
        var id = Href(directory).Split('/')[^1];
        await PostJsonAsync($"{Host.BaseUrl}accountCreationPolicies/{id}", new JsonObject { ["emailDomainBlacklist"] = new JsonArray("*.spam.test") }, HttpStatusCode.OK);
        using var refused = await PostAsync($"{Href(directory)}/accounts", new JsonObject { ["email"] = "x@mail.spam.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(refused, 400, 7205);
    }
}
