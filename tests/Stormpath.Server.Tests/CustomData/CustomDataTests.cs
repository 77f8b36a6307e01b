using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.CustomData;

public sealed class CustomDataTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task CustomData_EmbeddedOnCreateThenMerged_KeepsEveryKey()
    {
        var account = await CreateAccountAsync(extra: new JsonObject { ["customData"] = new JsonObject { ["isStaff"] = true, ["claims"] = new JsonArray("a", "b") } });
        var href = $"{Href(account)}/customData";
        var merged = await PostJsonAsync(href, new JsonObject { ["favoriteColor"] = "blue", ["isStaff"] = false }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(Href(merged), Is.EqualTo(href));
            Assert.That(merged["favoriteColor"]!.GetValue<string>(), Is.EqualTo("blue"));
            Assert.That(merged["isStaff"]!.GetValue<bool>(), Is.False);
            Assert.That(merged["claims"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(merged["createdAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task CustomData_DeleteOneKeyAndNullValue_RemoveTheKeys()
    {
        var account = await CreateAccountAsync(extra: new JsonObject { ["customData"] = new JsonObject { ["a"] = 1, ["b"] = 2, ["c"] = 3 } });
        var href = $"{Href(account)}/customData";
        using var deleted = await Client.DeleteAsync($"{href}/a");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await PostJsonAsync(href, new JsonObject { ["b"] = null }, HttpStatusCode.OK);
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read.ContainsKey("a"), Is.False);
            Assert.That(read.ContainsKey("b"), Is.False);
            Assert.That(read["c"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task CustomData_DeleteAll_LeavesOnlyTheReservedFields()
    {
        var group = await PostJsonAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = Unique("cd"), ["customData"] = new JsonObject { ["x"] = 1 } }, HttpStatusCode.Created);
        var href = $"{Href(group)}/customData";
        using var deleted = await Client.DeleteAsync(href);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var read = await GetJsonAsync(href);
        Assert.That(read.Select(p => p.Key), Is.EquivalentTo(new[] { "href", "createdAt", "modifiedAt" }));
    }

    [TestCase("spMeta", 3003)]
    [TestCase("-leading", 3002)]
    [TestCase("has space", 3002)]
    public async Task CustomData_BadKey_Returns400WithItsCode(string key, int code)
    {
        using var response = await PostAsync($"{ApplicationHref}/customData", new JsonObject { [key] = 1 });
        await AssertErrorAsync(response, 400, code);
    }

    [Test]
    public async Task CustomData_KeyTooLong_Returns3001()
    {
        using var response = await PostAsync($"{DirectoryHref}/customData", new JsonObject { [new string('k', 256)] = 1 });
        await AssertErrorAsync(response, 400, 3001);
    }

    [Test]
    public async Task CustomData_Over10Megabytes_Returns3004AndKeepsTheOldDocument()
    {
        var href = $"{Provisioning.TenantHref}/customData";
        await PostJsonAsync(href, new JsonObject { ["kept"] = "yes" }, HttpStatusCode.OK);
        using var response = await PostAsync(href, new JsonObject { ["big"] = new string('x', 10 * 1024 * 1024) });
        await AssertErrorAsync(response, 400, 3004);
        var read = await GetJsonAsync(href);
        Assert.Multiple(() =>
        {
            Assert.That(read["kept"]!.GetValue<string>(), Is.EqualTo("yes"));
            Assert.That(read.ContainsKey("big"), Is.False);
        });
    }

    [Test]
    public async Task CustomData_FiveMegabytes_IsAcceptedOnTheCustomDataEndpoint()
    {
        var href = $"{DirectoryHref}/customData";
        var merged = await PostJsonAsync(href, new JsonObject { ["blob"] = new string('y', 5 * 1024 * 1024) }, HttpStatusCode.OK);
        Assert.That(merged["blob"]!.GetValue<string>(), Has.Length.EqualTo(5 * 1024 * 1024));
        await PostJsonAsync(href, new JsonObject { ["blob"] = null }, HttpStatusCode.OK);
    }
}
