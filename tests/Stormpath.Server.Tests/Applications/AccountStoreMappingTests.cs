using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Applications;

public sealed class AccountStoreMappingTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Application_CreateWithCreateDirectory_IsMappedAsDefaultStores()
    {
        var name = Unique("App");
        using var response = await PostAsync("applications?createDirectory=true", new JsonObject { ["name"] = name });
        var application = await ReadAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), application.ToJsonString());
        var mapping = await GetJsonAsync(Href(application["defaultAccountStoreMapping"]) + "?expand=accountStore");
        Assert.Multiple(() =>
        {
            Assert.That(mapping["isDefaultAccountStore"]!.GetValue<bool>(), Is.True);
            Assert.That(mapping["isDefaultGroupStore"]!.GetValue<bool>(), Is.True);
            Assert.That(mapping["accountStore"]!["name"]!.GetValue<string>(), Is.EqualTo($"{name} Directory"));
            Assert.That(Href(application["defaultGroupStoreMapping"]), Is.EqualTo(Href(mapping)));
        });
    }

    [Test]
    public async Task Application_WithoutStores_HasNullDefaultMappingsAndRefusesLogin()
    {
        var application = await PostJsonAsync("applications", new JsonObject { ["name"] = Unique("bare") }, HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(application["defaultAccountStoreMapping"], Is.Null);
            Assert.That(application["defaultGroupStoreMapping"], Is.Null);
        });
        using var login = await PostAsync($"{Href(application)}/loginAttempts", new JsonObject { ["type"] = "basic", ["value"] = BasicValue("a@b.test", "x") });
        await AssertErrorAsync(login, 400, 5105);
        using var create = await PostAsync($"{Href(application)}/accounts", new JsonObject { ["email"] = "a@b.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(create, 400, 5100);
    }

    [Test]
    public async Task Mappings_ListIndex_OrdersLoginSoTheFirstMatchingStoreWins()
    {
        var application = await PostJsonAsync("applications", new JsonObject { ["name"] = Unique("ordered") }, HttpStatusCode.Created);
        var first = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("first") }, HttpStatusCode.Created);
        var second = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("second") }, HttpStatusCode.Created);
        var email = $"{Unique("both")}@example.test";
        var inFirst = await CreateAccountAsync(email, directoryHref: Href(first));
        var inSecond = await CreateAccountAsync(email, directoryHref: Href(second));

        var secondMapping = await MapAsync(application, second, null);
        var firstMapping = await MapAsync(application, first, 0);
        Assert.Multiple(() =>
        {
            Assert.That(firstMapping["listIndex"]!.GetValue<int>(), Is.EqualTo(0));
        });
        Assert.That((await GetJsonAsync(Href(secondMapping)))["listIndex"]!.GetValue<int>(), Is.EqualTo(1), "the others shift");

        var login = await PostJsonAsync($"{Href(application)}/loginAttempts", new JsonObject { ["type"] = "basic", ["value"] = BasicValue(email, "Passw0rd!") }, HttpStatusCode.OK);
        Assert.That(Href(login["account"]), Is.EqualTo(Href(inFirst)));

        await PostJsonAsync(Href(secondMapping), new JsonObject { ["listIndex"] = -5 }, HttpStatusCode.OK);
        login = await PostJsonAsync($"{Href(application)}/loginAttempts", new JsonObject { ["type"] = "basic", ["value"] = BasicValue(email, "Passw0rd!") }, HttpStatusCode.OK);
        Assert.That(Href(login["account"]), Is.EqualTo(Href(inSecond)));

        var restricted = await PostJsonAsync($"{Href(application)}/loginAttempts", new JsonObject
        {
            ["type"] = "basic", ["value"] = BasicValue(email, "Passw0rd!"), ["accountStore"] = new JsonObject { ["href"] = Href(first) },
        }, HttpStatusCode.OK);
        Assert.That(Href(restricted["account"]), Is.EqualTo(Href(inFirst)));

        var list = await GetJsonAsync($"{Href(application)}/accountStoreMappings");
        Assert.That(list["items"]!.AsArray().Select(m => m!["listIndex"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1 }));
        using var duplicate = await PostAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = Href(application) },
            ["accountStore"] = new JsonObject { ["href"] = Href(first) },
        });
        await AssertErrorAsync(duplicate, 400, 5104);
    }

    [Test]
    public async Task Mapping_GroupAsAccountStore_LogsInOnlyItsMembers()
    {
        var application = await PostJsonAsync("applications", new JsonObject { ["name"] = Unique("grouped") }, HttpStatusCode.Created);
        var group = await PostJsonAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = Unique("members") }, HttpStatusCode.Created);
        await MapAsync(application, group, null);
        var member = await CreateAccountAsync();
        var outsider = await CreateAccountAsync();
        await PostJsonAsync("groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(member) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        }, HttpStatusCode.Created);

        await PostJsonAsync($"{Href(application)}/loginAttempts", new JsonObject { ["type"] = "basic", ["value"] = BasicValue(member["email"]!.GetValue<string>(), "Passw0rd!") }, HttpStatusCode.OK);
        using var refused = await PostAsync($"{Href(application)}/loginAttempts", new JsonObject { ["type"] = "basic", ["value"] = BasicValue(outsider["email"]!.GetValue<string>(), "Passw0rd!") });
        await AssertErrorAsync(refused, 400, 7104);
        var accounts = await GetJsonAsync($"{Href(application)}/accounts");
        Assert.That(accounts["items"]!.AsArray().Select(Href), Is.EquivalentTo(new[] { Href(member) }));
    }

    private async Task<JsonObject> MapAsync(JsonObject application, JsonObject store, int? listIndex)
    {
        var body = new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = Href(application) },
            ["accountStore"] = new JsonObject { ["href"] = Href(store) },
        };
        if (listIndex is { } index)
        {
            body["listIndex"] = index;
        }

        return await PostJsonAsync("accountStoreMappings", body, HttpStatusCode.Created);
    }
}
