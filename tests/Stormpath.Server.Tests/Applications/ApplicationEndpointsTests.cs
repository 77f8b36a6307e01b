using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Applications;

/// <summary>Applications (§3.2): CRUD, <c>createDirectory</c> and the virtual collections.</summary>
public sealed class ApplicationEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Create_Returns201WithLocationAndLinks()
    {
        var name = Unique("App");
        using var response = await PostAsync("/v1/applications", new JsonObject { ["name"] = name, ["description"] = "d" });
        var app = await ReadAsync(response);
        var href = Href(app);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), app.ToJsonString());
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(href));
            Assert.That(href, Does.StartWith(Host.BaseUrl.ToString() + "applications/"));
            Assert.That(app["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(Href(app["loginAttempts"]), Is.EqualTo($"{href}/loginAttempts"));
            Assert.That(Href(app["accountStoreMappings"]), Is.EqualTo($"{href}/accountStoreMappings"));
            Assert.That(app["defaultAccountStoreMapping"], Is.Null);
        });
    }

    [Test]
    public async Task Create_DuplicateName_Returns409Code2001()
    {
        var name = Unique("App");
        await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = name }, HttpStatusCode.Created);
        using var response = await PostAsync("/v1/applications", new JsonObject { ["name"] = name.ToLowerInvariant() });
        await AssertErrorAsync(response, 409, 2001);
    }

    [Test]
    public async Task Create_CreateDirectoryTrue_MapsANewDirectoryAsBothDefaults()
    {
        var name = Unique("App");
        var app = await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = name }, HttpStatusCode.Created);
        var mappings = await GetJsonAsync($"{Href(app)}/accountStoreMappings?expand=accountStore");
        var mapping = mappings["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(mapping["accountStore"]!["name"]!.GetValue<string>(), Is.EqualTo($"{name} Directory"));
            Assert.That(mapping["isDefaultAccountStore"]!.GetValue<bool>(), Is.True);
            Assert.That(mapping["isDefaultGroupStore"]!.GetValue<bool>(), Is.True);
            Assert.That(Href(app["defaultAccountStoreMapping"]), Is.EqualTo(Href(mapping)));
            Assert.That(Href(app["defaultGroupStoreMapping"]), Is.EqualTo(Href(mapping)));
        });
    }

    [Test]
    public async Task Create_CreateDirectoryWithName_UsesThatName()
    {
        var directoryName = Unique("Named");
        var app = await PostJsonAsync($"/v1/applications?createDirectory={directoryName}", new JsonObject { ["name"] = Unique("App") }, HttpStatusCode.Created);
        var account = await PostJsonAsync($"{Href(app)}/accounts?expand=directory", new JsonObject { ["email"] = $"{Unique("a")}@example.test", ["password"] = "Passw0rd!" }, HttpStatusCode.Created);
        Assert.That(account["directory"]!["name"]!.GetValue<string>(), Is.EqualTo(directoryName));
    }

    [Test]
    public async Task Create_CreateDirectoryNameTaken_Returns409AndCreatesNoApplication()
    {
        var directory = await CreateDirectoryAsync();
        var name = Unique("App");
        using var response = await PostAsync($"/v1/applications?createDirectory={directory["name"]}", new JsonObject { ["name"] = name });
        await AssertErrorAsync(response, 409, 2001);
        var page = await GetJsonAsync($"/v1/applications?name={name}");
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Update_PartialBody_ChangesOnlyThoseFields()
    {
        var app = await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("App"), ["description"] = "keep" }, HttpStatusCode.Created);
        var updated = await PostJsonAsync(Href(app), new JsonObject { ["status"] = "DISABLED" }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["status"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(updated["description"]!.GetValue<string>(), Is.EqualTo("keep"));
            Assert.That(updated["name"]!.GetValue<string>(), Is.EqualTo(app["name"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Delete_Application_Returns204AndRemovesMappingsButNotStores()
    {
        var app = await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = Unique("App") }, HttpStatusCode.Created);
        var mapping = Href(app["defaultAccountStoreMapping"]);
        var directory = Href((await GetJsonAsync($"{mapping}"))["accountStore"]);
        Assert.That(await DeleteAsync(Href(app)), Is.EqualTo(HttpStatusCode.NoContent));
        using var readApp = await Client.GetAsync(Href(app));
        await AssertErrorAsync(readApp, 404, 404);
        using var readMapping = await Client.GetAsync(mapping);
        await AssertErrorAsync(readMapping, 404, 404);
        await GetJsonAsync(directory);
    }

    [Test]
    public async Task Get_Collection_ListsTheTenantsApplications()
    {
        var name = Unique("Listed");
        var app = await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = name }, HttpStatusCode.Created);
        var page = await GetJsonAsync($"/v1/applications?name={name}&expand=tenant");
        Assert.Multiple(() =>
        {
            Assert.That(ItemHrefs(page), Is.EqualTo(new[] { Href(app) }));
            Assert.That(page["items"]![0]!["tenant"]!["name"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Get_Unknown_Returns404()
    {
        using var response = await Client.GetAsync("/v1/applications/doesNotExist");
        await AssertErrorAsync(response, 404, 404);
    }
}
