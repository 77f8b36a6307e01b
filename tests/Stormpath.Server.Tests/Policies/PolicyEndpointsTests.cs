using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Policies;

public sealed class PolicyEndpointsTests(string provider) : ServerFixture(provider)
{
    private string DirectoryId => DirectoryHref.Split('/')[^1];

    [Test]
    public async Task Strength_Defaults_AreStormpaths()
    {
        var strength = await GetJsonAsync($"{Host.BaseUrl}passwordPolicies/{DirectoryId}/strength");
        Assert.Multiple(() =>
        {
            Assert.That(strength["minLength"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(strength["maxLength"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(strength["minLowerCase"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minUpperCase"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minNumeric"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(strength["minSymbol"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(strength["preventReuse"]!.GetValue<int>(), Is.EqualTo(0));
        });
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
    public async Task Strength_RaisedMinSymbol_AppliesToNewAccounts()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("strict") }, HttpStatusCode.Created);
        var id = Href(directory).Split('/')[^1];
        await PostJsonAsync($"{Host.BaseUrl}passwordPolicies/{id}/strength", new JsonObject { ["minSymbol"] = 1 }, HttpStatusCode.OK);
        using var weak = await PostAsync($"{Href(directory)}/accounts", new JsonObject { ["email"] = $"{Unique("s")}@example.test", ["password"] = "Passw0rd1" });
        await AssertErrorAsync(weak, 400, 2002);
        await CreateAccountAsync(password: "Passw0rd1!", directoryHref: Href(directory));
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
