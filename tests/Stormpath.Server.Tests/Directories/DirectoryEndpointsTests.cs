using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Directories;

/// <summary>Directories (§3.3): CRUD and the cascade of a delete.</summary>
public sealed class DirectoryEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Create_Returns201WithPolicyLinksSharingTheId()
    {
        using var response = await PostAsync("/v1/directories", new JsonObject { ["name"] = Unique("Dir"), ["description"] = "people" });
        var directory = await ReadAsync(response);
        var id = Href(directory).Split('/')[^1];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), directory.ToJsonString());
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(Href(directory)));
            Assert.That(Href(directory["passwordPolicy"]), Does.EndWith($"/passwordPolicies/{id}"));
            Assert.That(Href(directory["accountCreationPolicy"]), Does.EndWith($"/accountCreationPolicies/{id}"));
            Assert.That(Href(directory["accounts"]), Is.EqualTo($"{Href(directory)}/accounts"));
            Assert.That(directory["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
        });
    }

    [Test]
    public async Task Create_DuplicateName_Returns409Code2001()
    {
        var directory = await CreateDirectoryAsync();
        using var response = await PostAsync("/v1/directories", new JsonObject { ["name"] = directory["name"]!.GetValue<string>().ToUpperInvariant() });
        await AssertErrorAsync(response, 409, 2001);
    }

    [Test]
    public async Task Create_DescriptionTooLong_Returns2008()
    {
        using var response = await PostAsync("/v1/directories", new JsonObject { ["name"] = Unique("Dir"), ["description"] = new string('d', 1001) });
        await AssertErrorAsync(response, 400, 2008);
    }

    [Test]
    public async Task Update_Name_ReturnsTheFullDirectory()
    {
        var directory = await CreateDirectoryAsync();
        var name = Unique("Renamed");
        var updated = await PostJsonAsync(Href(directory), new JsonObject { ["name"] = name }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["name"]!.GetValue<string>(), Is.EqualTo(name));
            Assert.That(updated["passwordPolicy"], Is.Not.Null);
            Assert.That(updated["createdAt"]!.GetValue<string>(), Is.EqualTo(directory["createdAt"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Delete_Directory_RemovesItsAccountsGroupsMembershipsAndMappings()
    {
        var directory = await CreateDirectoryAsync();
        var account = await CreateAccountAsync(directoryHref: Href(directory));
        var group = await CreateGroupAsync(directoryHref: Href(directory));
        var membership = await AddMembershipAsync(account, group);
        var app = await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("App") }, HttpStatusCode.Created);
        var mapping = await PostJsonAsync("/v1/accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = Href(app) },
            ["accountStore"] = new JsonObject { ["href"] = Href(directory) },
            ["isDefaultAccountStore"] = true,
        }, HttpStatusCode.Created);
        var groupMapping = await PostJsonAsync("/v1/accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = Href(app) },
            ["accountStore"] = new JsonObject { ["href"] = Href(group) },
        }, HttpStatusCode.Created);

        Assert.That(await DeleteAsync(Href(directory)), Is.EqualTo(HttpStatusCode.NoContent));

        foreach (var href in new[] { Href(directory), Href(account), Href(group), Href(membership), Href(mapping), Href(groupMapping) })
        {
            using var read = await Client.GetAsync(href);
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), href);
        }

        var application = await GetJsonAsync(Href(app));
        var mappings = await GetJsonAsync($"{Href(app)}/accountStoreMappings");
        Assert.Multiple(() =>
        {
            Assert.That(application["defaultAccountStoreMapping"], Is.Null);
            Assert.That(mappings["size"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task Delete_Directory_RenumbersTheRemainingMappings()
    {
        var app = Href(await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = Unique("App") }, HttpStatusCode.Created));
        var stores = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            stores.Add(Href(await CreateDirectoryAsync()));
            await PostJsonAsync("/v1/accountStoreMappings", new JsonObject
            {
                ["application"] = new JsonObject { ["href"] = app }, ["accountStore"] = new JsonObject { ["href"] = stores[i] },
            }, HttpStatusCode.Created);
        }

        await DeleteAsync(stores[0]);
        var page = await GetJsonAsync($"{app}/accountStoreMappings");
        Assert.Multiple(() =>
        {
            Assert.That(page["items"]!.AsArray().Select(i => Href(i!["accountStore"])), Is.EqualTo(stores.Skip(1)));
            Assert.That(page["items"]!.AsArray().Select(i => i!["listIndex"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1 }));
        });
    }

    [Test]
    public async Task Get_Applications_ListsTheAppsItIsMappedTo()
    {
        var app = await PostJsonAsync("/v1/applications?createDirectory=true", new JsonObject { ["name"] = Unique("App") }, HttpStatusCode.Created);
        var directory = Href((await GetJsonAsync(Href(app["defaultAccountStoreMapping"])))["accountStore"]);
        var page = await GetJsonAsync($"{directory}/applications");
        Assert.That(ItemHrefs(page), Is.EqualTo(new[] { Href(app) }));
    }
}
