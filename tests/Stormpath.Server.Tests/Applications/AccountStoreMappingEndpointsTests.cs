using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Applications;

/// <summary>Account store mappings (§3.6): <c>listIndex</c> order, the default flags and re-mapping.</summary>
public sealed class AccountStoreMappingEndpointsTests(string provider) : ServerFixture(provider)
{
    private async Task<string> NewApplicationAsync() =>
        Href(await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("app") }, HttpStatusCode.Created));

    private Task<JsonObject> MapAsync(string applicationHref, string storeHref, JsonObject? extra = null, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var body = new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = applicationHref },
            ["accountStore"] = new JsonObject { ["href"] = storeHref },
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return PostJsonAsync("/v1/accountStoreMappings", body, expected);
    }

    private async Task<string[]> StoreOrderAsync(string applicationHref)
    {
        var page = await GetJsonAsync($"{applicationHref}/accountStoreMappings");
        var items = page["items"]!.AsArray();
        Assert.That(items.Select(i => i!["listIndex"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(0, items.Count)), "numbered 0..n-1");
        return items.Select(i => Href(i!["accountStore"])).ToArray();
    }

    [Test]
    public async Task Create_WithoutListIndex_AppendsAndReturns201()
    {
        var app = await NewApplicationAsync();
        var a = Href(await CreateDirectoryAsync());
        var b = Href(await CreateDirectoryAsync());
        using var response = await PostAsync("/v1/accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = app }, ["accountStore"] = new JsonObject { ["href"] = a },
        });
        var first = await ReadAsync(response);
        var second = await MapAsync(app, b);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Href(first)));
            Assert.That(first["listIndex"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(first["isDefaultAccountStore"]!.GetValue<bool>(), Is.False);
            Assert.That(first["isDefaultGroupStore"]!.GetValue<bool>(), Is.False);
            Assert.That(Href(first["application"]), Is.EqualTo(app));
            Assert.That(second["listIndex"]!.GetValue<int>(), Is.EqualTo(1));
        });
        Assert.That(await StoreOrderAsync(app), Is.EqualTo(new[] { a, b }));
    }

    [Test]
    public async Task Create_ListIndexZeroNegativeAndTooLarge_InsertsThenRenumbers()
    {
        var app = await NewApplicationAsync();
        var a = Href(await CreateDirectoryAsync());
        var b = Href(await CreateDirectoryAsync());
        var c = Href(await CreateDirectoryAsync());
        var g = Href(await CreateGroupAsync());
        await MapAsync(app, a);
        await MapAsync(app, b, new JsonObject { ["listIndex"] = 0 });
        await MapAsync(app, c, new JsonObject { ["listIndex"] = -5 });
        var last = await MapAsync(app, g, new JsonObject { ["listIndex"] = 99 });
        Assert.That(last["listIndex"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(await StoreOrderAsync(app), Is.EqualTo(new[] { c, b, a, g }));
    }

    [Test]
    public async Task Update_ListIndex_MovesTheMappingAndRenumbersTheRest()
    {
        var app = await NewApplicationAsync();
        var stores = new List<string>();
        var mappings = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            stores.Add(Href(await CreateDirectoryAsync()));
            mappings.Add(await MapAsync(app, stores[i]));
        }

        var moved = await PostJsonAsync(Href(mappings[2]), new JsonObject { ["listIndex"] = 0 }, HttpStatusCode.OK);
        Assert.That(moved["listIndex"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That(await StoreOrderAsync(app), Is.EqualTo(new[] { stores[2], stores[0], stores[1] }));

        Assert.That(await DeleteAsync(Href(mappings[0])), Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await StoreOrderAsync(app), Is.EqualTo(new[] { stores[2], stores[1] }));
    }

    [Test]
    public async Task Create_SameStoreTwice_Returns5104()
    {
        var app = await NewApplicationAsync();
        var store = Href(await CreateDirectoryAsync());
        await MapAsync(app, store);
        using var response = await PostAsync("/v1/accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = app }, ["accountStore"] = new JsonObject { ["href"] = store },
        });
        await AssertErrorAsync(response, 400, 5104);
        Assert.That(await StoreOrderAsync(app), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task DefaultFlags_UpdateTheApplicationsDefaultLinksAndMoveBetweenMappings()
    {
        var app = await NewApplicationAsync();
        var initial = await GetJsonAsync(app);
        Assert.Multiple(() =>
        {
            Assert.That(initial["defaultAccountStoreMapping"], Is.Null);
            Assert.That(initial["defaultGroupStoreMapping"], Is.Null);
        });

        var first = await MapAsync(app, Href(await CreateDirectoryAsync()), new JsonObject { ["isDefaultAccountStore"] = true, ["isDefaultGroupStore"] = true });
        var afterFirst = await GetJsonAsync(app);
        var second = await MapAsync(app, Href(await CreateDirectoryAsync()), new JsonObject { ["isDefaultAccountStore"] = true });
        var afterSecond = await GetJsonAsync(app);
        var firstNow = await GetJsonAsync(Href(first));
        Assert.Multiple(() =>
        {
            Assert.That(Href(afterFirst["defaultAccountStoreMapping"]), Is.EqualTo(Href(first)));
            Assert.That(Href(afterFirst["defaultGroupStoreMapping"]), Is.EqualTo(Href(first)));
            Assert.That(Href(afterSecond["defaultAccountStoreMapping"]), Is.EqualTo(Href(second)));
            Assert.That(Href(afterSecond["defaultGroupStoreMapping"]), Is.EqualTo(Href(first)));
            Assert.That(firstNow["isDefaultAccountStore"]!.GetValue<bool>(), Is.False);
            Assert.That(firstNow["isDefaultGroupStore"]!.GetValue<bool>(), Is.True);
        });

        await PostJsonAsync(Href(second), new JsonObject { ["isDefaultAccountStore"] = false }, HttpStatusCode.OK);
        Assert.That((await GetJsonAsync(app))["defaultAccountStoreMapping"], Is.Null);
    }

    [Test]
    public async Task Delete_DefaultMapping_ClearsTheApplicationsDefaultLinks()
    {
        var app = Href(await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = Unique("app") }, HttpStatusCode.Created));
        var mapping = Href((await GetJsonAsync(app))["defaultAccountStoreMapping"]);
        Assert.That(await DeleteAsync(mapping), Is.EqualTo(HttpStatusCode.NoContent));
        var read = await GetJsonAsync(app);
        Assert.Multiple(() =>
        {
            Assert.That(read["defaultAccountStoreMapping"], Is.Null);
            Assert.That(read["defaultGroupStoreMapping"], Is.Null);
        });
        using var account = await PostAsync($"{app}/accounts", new JsonObject { ["email"] = $"{Unique("x")}@example.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(account, 400, 5100);
    }

    [TestCase("{\"listIndex\":\"first\"}", 2004)]
    [TestCase("{\"isDefaultAccountStore\":\"yes\"}", 2004)]
    [TestCase("{\"colour\":1}", 2015)]
    public async Task Create_BadField_Returns400AndCreatesNothing(string extra, int code)
    {
        var app = await NewApplicationAsync();
        var body = JsonNode.Parse(extra)!.AsObject();
        body["application"] = new JsonObject { ["href"] = app };
        body["accountStore"] = new JsonObject { ["href"] = Href(await CreateDirectoryAsync()) };
        using var response = await PostAsync("/v1/accountStoreMappings", body);
        await AssertErrorAsync(response, 400, code);
        Assert.That(await StoreOrderAsync(app), Is.Empty);
    }

    [Test]
    public async Task DefaultGroupStore_OnAGroup_Returns400AndCreatesNothing()
    {
        var app = await NewApplicationAsync();
        var group = Href(await CreateGroupAsync());
        using var response = await PostAsync("/v1/accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = app }, ["accountStore"] = new JsonObject { ["href"] = group }, ["isDefaultGroupStore"] = true,
        });
        var error = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400), error.ToJsonString());
            Assert.That(error["code"]!.GetValue<int>(), Is.InRange(5000, 5999));
        });
        Assert.That(await StoreOrderAsync(app), Is.Empty);
    }

    [Test]
    public async Task Expand_OnMapping_ReturnsApplicationAndStore()
    {
        var app = await NewApplicationAsync();
        var directory = await CreateDirectoryAsync();
        var mapping = await MapAsync(app, Href(directory));
        var read = await GetJsonAsync($"{Href(mapping)}?expand=application,accountStore");
        Assert.Multiple(() =>
        {
            Assert.That(read["application"]!["name"], Is.Not.Null);
            Assert.That(read["accountStore"]!["name"]!.GetValue<string>(), Is.EqualTo(directory["name"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task CreateThroughApplication_WithoutDefaultStores_Returns5100And5101()
    {
        var app = await NewApplicationAsync();
        using var account = await PostAsync($"{app}/accounts", new JsonObject { ["email"] = $"{Unique("x")}@example.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(account, 400, 5100);
        using var group = await PostAsync($"{app}/groups", new JsonObject { ["name"] = Unique("g") });
        await AssertErrorAsync(group, 400, 5101);
    }

    [Test]
    public async Task CreateThroughApplication_DisabledDefaultStores_Returns5102And5103()
    {
        var app = await NewApplicationAsync();
        var directory = await CreateDirectoryAsync();
        await MapAsync(app, Href(directory), new JsonObject { ["isDefaultAccountStore"] = true, ["isDefaultGroupStore"] = true });
        await PostJsonAsync(Href(directory), new JsonObject { ["status"] = "DISABLED" }, HttpStatusCode.OK);
        using var account = await PostAsync($"{app}/accounts", new JsonObject { ["email"] = $"{Unique("x")}@example.test", ["password"] = "Passw0rd!" });
        await AssertErrorAsync(account, 400, 5102);
        using var group = await PostAsync($"{app}/groups", new JsonObject { ["name"] = Unique("g") });
        await AssertErrorAsync(group, 400, 5103);
    }

    [Test]
    public async Task CreateThroughApplication_GoesToTheDefaultStores()
    {
        var app = await NewApplicationAsync();
        var accountStore = await CreateDirectoryAsync();
        var groupStore = await CreateDirectoryAsync();
        await MapAsync(app, Href(accountStore), new JsonObject { ["isDefaultAccountStore"] = true });
        await MapAsync(app, Href(groupStore), new JsonObject { ["isDefaultGroupStore"] = true });
        var account = await PostJsonAsync($"{app}/accounts", new JsonObject { ["email"] = $"{Unique("x")}@example.test", ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        var group = await PostJsonAsync($"{app}/groups", new JsonObject { ["name"] = Unique("g") }, HttpStatusCode.Created);
        var appAccounts = await GetJsonAsync($"{app}/accounts");
        var appGroups = await GetJsonAsync($"{app}/groups");
        Assert.Multiple(() =>
        {
            Assert.That(Href(account["directory"]), Is.EqualTo(Href(accountStore)));
            Assert.That(Href(group["directory"]), Is.EqualTo(Href(groupStore)));
            Assert.That(ItemHrefs(appAccounts), Is.EqualTo(new[] { Href(account) }));
            Assert.That(ItemHrefs(appGroups), Is.EqualTo(new[] { Href(group) }));
        });
    }

    [Test]
    public async Task CreateThroughApplication_DefaultStoreIsAGroup_AddsTheAccountToIt()
    {
        var app = await NewApplicationAsync();
        var group = await CreateGroupAsync();
        await MapAsync(app, Href(group), new JsonObject { ["isDefaultAccountStore"] = true });
        var account = await PostJsonAsync($"{app}/accounts", new JsonObject { ["email"] = $"{Unique("x")}@example.test", ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        var groups = await GetJsonAsync($"{Href(account)}/groups");
        Assert.Multiple(() =>
        {
            Assert.That(Href(account["directory"]), Is.EqualTo(DirectoryHref));
            Assert.That(ItemHrefs(groups), Is.EqualTo(new[] { Href(group) }));
        });
    }
}
