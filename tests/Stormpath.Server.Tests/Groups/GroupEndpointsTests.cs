using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Groups;

public sealed class GroupEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Create_GroupInDirectory_Returns201AndDuplicateNameIs409()
    {
        var name = Unique("Admins");
        var group = await PostJsonAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = name, ["description"] = "d" }, HttpStatusCode.Created);
        Assert.That(Href(group["directory"]), Is.EqualTo(DirectoryHref));
        using var duplicate = await PostAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = name.ToUpperInvariant() });
        await AssertErrorAsync(duplicate, 409, 2001);
    }

    [Test]
    public async Task Membership_AddListAndRemove_ShowsOnBothSides()
    {
        var account = await CreateAccountAsync();
        var group = await PostJsonAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = Unique("g") }, HttpStatusCode.Created);
        var membership = await PostJsonAsync("groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        }, HttpStatusCode.Created);
        Assert.That(Href(membership["account"]), Is.EqualTo(Href(account)));

        var groups = await GetJsonAsync($"{Href(account)}/groups");
        Assert.That(groups["items"]!.AsArray().Select(Href), Is.EquivalentTo(new[] { Href(group) }));
        var members = await GetJsonAsync($"{Href(group)}/accounts");
        Assert.That(members["items"]!.AsArray().Select(Href), Is.EquivalentTo(new[] { Href(account) }));
        var expanded = await GetJsonAsync($"{Href(account)}?expand=groups(limit:10),groupMemberships");
        Assert.That(expanded["groups"]!["size"]!.GetValue<int>(), Is.EqualTo(1));

        using var again = await PostAsync("groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        });
        await AssertErrorAsync(again, 409, 2001);

        using var removed = await Client.DeleteAsync(Href(membership));
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await GetJsonAsync($"{Href(account)}/groups"))["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Delete_Group_RemovesItsMembershipsButNotTheAccounts()
    {
        var account = await CreateAccountAsync();
        var group = await PostJsonAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = Unique("gone") }, HttpStatusCode.Created);
        var membership = await PostJsonAsync("groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        }, HttpStatusCode.Created);
        using var deleted = await Client.DeleteAsync(Href(group));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var membershipRead = await Client.GetAsync(Href(membership));
        await AssertErrorAsync(membershipRead, 404, 404);
        await GetJsonAsync(Href(account));
    }

    [Test]
    public async Task Delete_Directory_RemovesItsAccountsGroupsAndMappings()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("cascade") }, HttpStatusCode.Created);
        var account = await CreateAccountAsync(directoryHref: Href(directory));
        var group = await PostJsonAsync($"{Href(directory)}/groups", new JsonObject { ["name"] = "g" }, HttpStatusCode.Created);
        var mapping = await PostJsonAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = ApplicationHref },
            ["accountStore"] = new JsonObject { ["href"] = Href(directory) },
        }, HttpStatusCode.Created);

        using var deleted = await Client.DeleteAsync(Href(directory));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        foreach (var href in new[] { Href(directory), Href(account), Href(group), Href(mapping) })
        {
            using var read = await Client.GetAsync(href);
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), href);
        }
    }

    [Test]
    public async Task Membership_AccountAndGroupInDifferentDirectories_Returns400()
    {
        var other = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("other") }, HttpStatusCode.Created);
        var account = await CreateAccountAsync();
        var group = await PostJsonAsync($"{Href(other)}/groups", new JsonObject { ["name"] = "g" }, HttpStatusCode.Created);
        using var response = await PostAsync("groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        });
        await AssertErrorAsync(response, 400, 2002);
    }
}
