using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Groups;

/// <summary>Groups (§3.4) and group memberships (§3.5).</summary>
public sealed class GroupEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Create_InDirectory_Returns201WithLocationAndLinks()
    {
        var name = Unique("Admins");
        using var response = await PostAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = name, ["description"] = "The admins" });
        var group = await ReadAsync(response);
        var href = Href(group);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), group.ToJsonString());
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(href));
            Assert.That(group["name"]!.GetValue<string>(), Is.EqualTo(name));
            Assert.That(group["description"]!.GetValue<string>(), Is.EqualTo("The admins"));
            Assert.That(group["status"]!.GetValue<string>(), Is.EqualTo("ENABLED"));
            Assert.That(Href(group["directory"]), Is.EqualTo(DirectoryHref));
            Assert.That(Href(group["accounts"]), Is.EqualTo($"{href}/accounts"));
            Assert.That(Href(group["accountMemberships"]), Is.EqualTo($"{href}/accountMemberships"));
            Assert.That(Href(group["customData"]), Is.EqualTo($"{href}/customData"));
            Assert.That(group["tenant"]!.AsObject(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Create_DuplicateNameInSameDirectoryAnyCase_Returns409Code2001()
    {
        var name = Unique("dup");
        await CreateGroupAsync(name);
        using var response = await PostAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = name.ToUpperInvariant() });
        await AssertErrorAsync(response, 409, 2001);
    }

    [Test]
    public async Task Create_SameNameInAnotherDirectory_Succeeds()
    {
        var name = Unique("shared");
        await CreateGroupAsync(name);
        var other = await CreateDirectoryAsync();
        var group = await CreateGroupAsync(name, Href(other));
        Assert.That(Href(group["directory"]), Is.EqualTo(Href(other)));
    }

    [Test]
    public async Task Create_MissingName_Returns2000()
    {
        using var response = await PostAsync($"{DirectoryHref}/groups", new JsonObject { ["description"] = "no name" });
        await AssertErrorAsync(response, 400, 2000);
    }

    [Test]
    public async Task Create_BadStatus_Returns2003()
    {
        using var response = await PostAsync($"{DirectoryHref}/groups", new JsonObject { ["name"] = Unique("g"), ["status"] = "SLEEPY" });
        await AssertErrorAsync(response, 400, 2003);
    }

    [Test]
    public async Task Update_RenameToExistingName_Returns409AndKeepsTheOldName()
    {
        var first = await CreateGroupAsync();
        var second = await CreateGroupAsync();
        using var response = await PostAsync(Href(second), new JsonObject { ["name"] = first["name"]!.GetValue<string>() });
        await AssertErrorAsync(response, 409, 2001);
        var read = await GetJsonAsync(Href(second));
        Assert.That(read["name"]!.GetValue<string>(), Is.EqualTo(second["name"]!.GetValue<string>()));
    }

    [Test]
    public async Task Update_PartialBody_ChangesOnlyThoseFields()
    {
        var group = await CreateGroupAsync(extra: new JsonObject { ["description"] = "before" });
        var updated = await PostJsonAsync(Href(group), new JsonObject { ["status"] = "DISABLED" }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["status"]!.GetValue<string>(), Is.EqualTo("DISABLED"));
            Assert.That(updated["description"]!.GetValue<string>(), Is.EqualTo("before"));
            Assert.That(updated["name"]!.GetValue<string>(), Is.EqualTo(group["name"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Update_WithExpand_ReturnsExpandedLinks()
    {
        var group = await CreateGroupAsync();
        var updated = await PostJsonAsync($"{Href(group)}?expand=directory,customData", new JsonObject { ["description"] = "now" }, HttpStatusCode.OK);
        Assert.Multiple(() =>
        {
            Assert.That(updated["directory"]!["name"], Is.Not.Null);
            Assert.That(updated["customData"]!["createdAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Search_GroupsByStatusAndQ_FindsThem()
    {
        var directory = Href(await CreateDirectoryAsync());
        await CreateGroupAsync("Editors", directory, new JsonObject { ["description"] = "Write access" });
        await CreateGroupAsync("Readers", directory, new JsonObject { ["status"] = "DISABLED" });
        var disabled = await GetJsonAsync($"{directory}/groups?status=DISABLED");
        var byQ = await GetJsonAsync($"{directory}/groups?q=write");
        Assert.Multiple(() =>
        {
            Assert.That(disabled["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Readers" }));
            Assert.That(byQ["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Editors" }));
        });
    }

    [Test]
    public async Task Delete_Group_Returns204AndRemovesItsMemberships()
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var membership = await AddMembershipAsync(account, group);
        Assert.That(await DeleteAsync(Href(group)), Is.EqualTo(HttpStatusCode.NoContent));
        using var readGroup = await Client.GetAsync(Href(group));
        await AssertErrorAsync(readGroup, 404, 404);
        using var readMembership = await Client.GetAsync(Href(membership));
        await AssertErrorAsync(readMembership, 404, 404);
        var groups = await GetJsonAsync($"{Href(account)}/groups");
        Assert.That(groups["size"]!.GetValue<int>(), Is.EqualTo(0));
        await GetJsonAsync(Href(account));
    }

    [Test]
    public async Task Delete_Account_RemovesItsMemberships()
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var membership = await AddMembershipAsync(account, group);
        Assert.That(await DeleteAsync(Href(account)), Is.EqualTo(HttpStatusCode.NoContent));
        using var readMembership = await Client.GetAsync(Href(membership));
        await AssertErrorAsync(readMembership, 404, 404);
        var members = await GetJsonAsync($"{Href(group)}/accounts");
        Assert.That(members["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Membership_IsListedFromBothSides()
    {
        var group = await CreateGroupAsync();
        var other = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var bystander = await CreateAccountAsync();
        var membership = await AddMembershipAsync(account, group);
        await AddMembershipAsync(account, other);
        await AddMembershipAsync(bystander, other);

        var accountGroups = await GetJsonAsync($"{Href(account)}/groups?orderBy=name");
        var accountMemberships = await GetJsonAsync($"{Href(account)}/groupMemberships");
        var groupAccounts = await GetJsonAsync($"{Href(group)}/accounts");
        var groupMemberships = await GetJsonAsync($"{Href(group)}/accountMemberships?expand=account");
        Assert.Multiple(() =>
        {
            Assert.That(ItemHrefs(accountGroups), Is.EquivalentTo(new[] { Href(group), Href(other) }));
            Assert.That(accountMemberships["size"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(ItemHrefs(groupAccounts), Is.EqualTo(new[] { Href(account) }));
            Assert.That(ItemHrefs(groupMemberships), Is.EqualTo(new[] { Href(membership) }));
            Assert.That(groupMemberships["items"]![0]!["account"]!["email"]!.GetValue<string>(), Is.EqualTo(account["email"]!.GetValue<string>()));
            Assert.That(Href(membership["account"]), Is.EqualTo(Href(account)));
            Assert.That(Href(membership["group"]), Is.EqualTo(Href(group)));
        });
    }

    [Test]
    public async Task Membership_GetWithExpand_ReturnsBothSides()
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var membership = await AddMembershipAsync(account, group);
        var read = await GetJsonAsync($"{Href(membership)}?expand=account,group");
        Assert.Multiple(() =>
        {
            Assert.That(read["account"]!["email"]!.GetValue<string>(), Is.EqualTo(account["email"]!.GetValue<string>()));
            Assert.That(read["group"]!["name"]!.GetValue<string>(), Is.EqualTo(group["name"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Membership_Delete_Returns204AndAccountLeavesTheGroup()
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var membership = await AddMembershipAsync(account, group);
        Assert.That(await DeleteAsync(Href(membership)), Is.EqualTo(HttpStatusCode.NoContent));
        var members = await GetJsonAsync($"{Href(group)}/accounts");
        Assert.That(members["size"]!.GetValue<int>(), Is.EqualTo(0));
        await GetJsonAsync(Href(account));
        await GetJsonAsync(Href(group));
    }

    [Test]
    public async Task Membership_Twice_Returns409()
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        await AddMembershipAsync(account, group);
        using var response = await PostAsync("/v1/groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) }, ["group"] = new JsonObject { ["href"] = Href(group) },
        });
        await AssertErrorAsync(response, 409, 2001);
    }

    [Test]
    public async Task Membership_AcrossDirectories_Returns400AndCreatesNothing()
    {
        var otherDirectory = await CreateDirectoryAsync();
        var group = await CreateGroupAsync(directoryHref: Href(otherDirectory));
        var account = await CreateAccountAsync();
        using var response = await PostAsync("/v1/groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) }, ["group"] = new JsonObject { ["href"] = Href(group) },
        });
        await AssertErrorAsync(response, 400, 2002);
        var groups = await GetJsonAsync($"{Href(account)}/groups");
        Assert.That(groups["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [TestCase("{\"group\":{\"href\":\"GROUP\"}}", 2000)]
    [TestCase("{\"account\":{\"href\":\"ACCOUNT\"},\"group\":{\"href\":\"https://elsewhere.example/v1/groups/x\"}}", 2014)]
    [TestCase("{\"account\":{\"href\":\"ACCOUNT\"},\"group\":\"GROUP\"}", 2004)]
    public async Task Membership_BadLinks_Return400(string template, int code)
    {
        var group = await CreateGroupAsync();
        var account = await CreateAccountAsync();
        var body = template.Replace("GROUP", Href(group), StringComparison.Ordinal).Replace("ACCOUNT", Href(account), StringComparison.Ordinal);
        using var response = await Client.PostAsync("/v1/groupMemberships", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await AssertErrorAsync(response, 400, code);
    }

    [Test]
    public async Task Membership_UnknownAccount_Returns400Code2016()
    {
        var group = await CreateGroupAsync();
        var baseHref = DirectoryHref[..DirectoryHref.IndexOf("/directories/", StringComparison.Ordinal)];
        using var response = await PostAsync("/v1/groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = $"{baseHref}/accounts/nope" }, ["group"] = new JsonObject { ["href"] = Href(group) },
        });
        await AssertErrorAsync(response, 400, 2016);
    }

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
}
