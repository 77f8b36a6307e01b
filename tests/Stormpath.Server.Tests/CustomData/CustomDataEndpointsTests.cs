using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.CustomData;

/// <summary>customData on every owner (§3.7): read, merge, delete, the key rules and the size cap.</summary>
public sealed class CustomDataEndpointsTests(string provider) : ServerFixture(provider)
{
    public static readonly string[] Owners = ["tenant", "application", "directory", "account", "group"];

    private async Task<string> OwnerHrefAsync(string owner) => owner switch
    {
        "tenant" => Href((await GetJsonAsync(ApplicationHref))["tenant"]),
        "application" => Href(await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("app") }, HttpStatusCode.Created)),
        "directory" => Href(await CreateDirectoryAsync()),
        "account" => Href(await CreateAccountAsync()),
        _ => Href(await CreateGroupAsync()),
    };

    [TestCaseSource(nameof(Owners))]
    public async Task Get_NewOwner_HasReservedFieldsOnly(string owner)
    {
        var href = await OwnerHrefAsync(owner);
        var data = await GetJsonAsync($"{href}/customData");
        Assert.Multiple(() =>
        {
            Assert.That(Href(data), Is.EqualTo($"{href}/customData"));
            Assert.That(data["createdAt"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
            Assert.That(data["modifiedAt"], Is.Not.Null);
        });
        if (owner != "tenant")
        {
            Assert.That(data, Has.Count.EqualTo(3), data.ToJsonString());
        }
    }

    [TestCaseSource(nameof(Owners))]
    public async Task Post_Merge_KeepsOtherKeysAndNullDeletesAKey(string owner)
    {
        var href = $"{await OwnerHrefAsync(owner)}/customData";
        await PostJsonAsync(href, new JsonObject { ["a"] = 1, ["b"] = "two", ["c"] = new JsonObject { ["d"] = new JsonArray(1, 2) } }, HttpStatusCode.OK);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var merged = await PostJsonAsync(href, new JsonObject { ["b"] = null, ["e"] = true }, HttpStatusCode.OK);
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read["a"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(read.ContainsKey("b"), Is.False);
            Assert.That(read["c"]!["d"]!.AsArray().Select(n => n!.GetValue<int>()), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(read["e"]!.GetValue<bool>(), Is.True);
            Assert.That(merged.ToJsonString(), Is.EqualTo(read.ToJsonString()));
            Assert.That(read["modifiedAt"]!.GetValue<string>(), Is.Not.EqualTo(read["createdAt"]!.GetValue<string>()));
        });
    }

    [TestCaseSource(nameof(Owners))]
    public async Task Delete_WholeDocument_Returns204AndOwnerRemains(string owner)
    {
        var ownerHref = await OwnerHrefAsync(owner);
        var href = $"{ownerHref}/customData";
        await PostJsonAsync(href, new JsonObject { ["a"] = 1, ["b"] = 2 }, HttpStatusCode.OK);
        Assert.That(await DeleteAsync(href), Is.EqualTo(HttpStatusCode.NoContent));
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read.ContainsKey("a") || read.ContainsKey("b"), Is.False, read.ToJsonString());
            Assert.That(Href(read), Is.EqualTo(href));
        });
        await GetJsonAsync(ownerHref);
    }

    [TestCaseSource(nameof(Owners))]
    public async Task Delete_OneKey_Returns204AndRemovesOnlyThatKey(string owner)
    {
        var href = $"{await OwnerHrefAsync(owner)}/customData";
        await PostJsonAsync(href, new JsonObject { ["keep"] = "x", ["drop"] = "y" }, HttpStatusCode.OK);
        Assert.That(await DeleteAsync($"{href}/drop"), Is.EqualTo(HttpStatusCode.NoContent));
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read.ContainsKey("drop"), Is.False);
            Assert.That(read["keep"]!.GetValue<string>(), Is.EqualTo("x"));
        });
    }

    [Test]
    public async Task Get_OneKey_ReturnsItAndUnknownKeyIs404()
    {
        var href = $"{Href(await CreateAccountAsync())}/customData";
        await PostJsonAsync(href, new JsonObject { ["color"] = "blue" }, HttpStatusCode.OK);
        var value = await GetJsonAsync($"{href}/color");
        Assert.That(value["color"]!.GetValue<string>(), Is.EqualTo("blue"));
        using var missing = await Client.GetAsync($"{href}/nothing");
        await AssertErrorAsync(missing, 404, 404);
    }

    [Test]
    public async Task Post_ReservedReadOnlyFields_AreIgnored()
    {
        var href = $"{Href(await CreateGroupAsync())}/customData";
        var before = await GetJsonAsync(href);
        var after = await PostJsonAsync(href, new JsonObject
        {
            ["href"] = "https://elsewhere.example/v1/x", ["createdAt"] = "2000-01-01T00:00:00.000Z", ["k"] = "v",
        }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Href(after), Is.EqualTo(href));
            Assert.That(after["createdAt"]!.GetValue<string>(), Is.EqualTo(before["createdAt"]!.GetValue<string>()));
            Assert.That(after["k"]!.GetValue<string>(), Is.EqualTo("v"));
        });
    }

    [TestCase("meta", 3003)]
    [TestCase("spMeta", 3003)]
    [TestCase("spmeta", 3003)]
    [TestCase("ionmeta", 3003)]
    [TestCase("ionMeta", 3003)]
    [TestCase("", 3000)]
    [TestCase("-leading", 3002)]
    [TestCase("has space", 3002)]
    [TestCase("dot.ted", 3002)]
    [TestCase("ünïcode", 3002)]
    public async Task Post_BadKey_Returns400AndWritesNothing(string key, int code)
    {
        var href = $"{Href(await CreateAccountAsync())}/customData";
        using var response = await PostAsync(href, new JsonObject { ["good"] = 1, [key] = "x" });
        await AssertErrorAsync(response, 400, code);
        var read = await GetJsonAsync(href);
        Assert.That(read.ContainsKey("good"), Is.False, "nothing half-written");
    }

    [Test]
    public async Task Post_KeyOf256Characters_Returns3001And255IsAccepted()
    {
        var href = $"{Href(await CreateAccountAsync())}/customData";
        using var tooLong = await PostAsync(href, new JsonObject { [new string('k', 256)] = 1 });
        await AssertErrorAsync(tooLong, 400, 3001);
        var ok = await PostJsonAsync(href, new JsonObject { [new string('k', 255)] = 1, ["with-dash_and_1"] = 2 }, HttpStatusCode.OK);
        Assert.That(ok.ContainsKey(new string('k', 255)), Is.True);
    }

    [Test]
    public async Task Post_DocumentOver10MB_Returns3004AndKeepsTheOldDocument()
    {
        var href = $"{Href(await CreateGroupAsync())}/customData";
        await PostJsonAsync(href, new JsonObject { ["big"] = new string('x', 6 * 1024 * 1024) }, HttpStatusCode.OK);
        using var response = await PostAsync(href, new JsonObject { ["bigger"] = new string('y', 5 * 1024 * 1024) });
        await AssertErrorAsync(response, 400, 3004);
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read.ContainsKey("bigger"), Is.False);
            Assert.That(read["big"]!.GetValue<string>(), Has.Length.EqualTo(6 * 1024 * 1024));
        });
    }

    [Test]
    public async Task Post_SingleValueOver10MB_Returns3004()
    {
        var href = $"{Href(await CreateAccountAsync())}/customData";
        using var response = await PostAsync(href, new JsonObject { ["huge"] = new string('z', (10 * 1024 * 1024) + 1) });
        await AssertErrorAsync(response, 400, 3004);
        Assert.That((await GetJsonAsync(href)).ContainsKey("huge"), Is.False);
    }

    [Test]
    public async Task Post_NotAnObject_Returns400()
    {
        var href = $"{Href(await CreateGroupAsync())}/customData";
        using var response = await Client.PostAsync(href, new StringContent("[1,2]", Encoding.UTF8, "application/json"));
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Embedded_OnAccountCreateAndUpdate_IsMerged()
    {
        var account = await CreateAccountAsync(extra: new JsonObject { ["customData"] = new JsonObject { ["a"] = 1, ["b"] = 2 } });
        await PostJsonAsync(Href(account), new JsonObject { ["customData"] = new JsonObject { ["b"] = null, ["c"] = 3 } }, HttpStatusCode.OK);
        var read = await GetJsonAsync($"{Href(account)}/customData");
        Assert.Multiple(() =>
        {
            Assert.That(read["a"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(read.ContainsKey("b"), Is.False);
            Assert.That(read["c"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Embedded_OnGroupApplicationAndDirectoryCreate_IsStored()
    {
        var group = await CreateGroupAsync(extra: new JsonObject { ["customData"] = new JsonObject { ["role"] = "admin" } });
        var application = await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("app"), ["customData"] = new JsonObject { ["tier"] = "gold" } }, HttpStatusCode.Created);
        var directory = await PostJsonAsync("/v1/directories", new JsonObject { ["name"] = Unique("dir"), ["customData"] = new JsonObject { ["region"] = "eu" } }, HttpStatusCode.Created);
        await PostJsonAsync(Href(group), new JsonObject { ["customData"] = new JsonObject { ["level"] = 2 } }, HttpStatusCode.OK);
        var groupData = await GetJsonAsync($"{Href(group)}/customData");
        var applicationData = await GetJsonAsync($"{Href(application)}/customData");
        var directoryData = await GetJsonAsync($"{Href(directory)}/customData");
        Assert.Multiple(() =>
        {
            Assert.That(groupData["role"]!.GetValue<string>(), Is.EqualTo("admin"));
            Assert.That(groupData["level"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(applicationData["tier"]!.GetValue<string>(), Is.EqualTo("gold"));
            Assert.That(directoryData["region"]!.GetValue<string>(), Is.EqualTo("eu"));
        });
    }

    [Test]
    public async Task Embedded_ReservedKeyOnCreate_Returns3003AndCreatesNothing()
    {
        var email = $"{Unique("cd")}@example.test";
        using var response = await PostAsync($"{DirectoryHref}/accounts", new JsonObject
        {
            ["email"] = email, ["password"] = "Passw0rd!", ["customData"] = new JsonObject { ["spMeta"] = 1 },
        });
        await AssertErrorAsync(response, 400, 3003);
        var page = await GetJsonAsync($"{DirectoryHref}/accounts?email={email}");
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Get_UnknownOwner_Returns404()
    {
        using var response = await Client.GetAsync("/v1/accounts/doesNotExist/customData");
        await AssertErrorAsync(response, 404, 404);
    }
}
