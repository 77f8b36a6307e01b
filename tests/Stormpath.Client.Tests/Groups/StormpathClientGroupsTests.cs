using System.Net;
using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Groups;

public sealed class StormpathClientGroupsTests : ServerTestBase
{
    [Test]
    public async Task CreateGroup_InDirectory_ReturnsTheEnabledGroup()
    {
        var name = "admins-" + Guid.NewGuid().ToString("N");

        var group = await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = name, Description = "Administrators" });

        Assert.That(group.Name, Is.EqualTo(name));
        Assert.That(group.Description, Is.EqualTo("Administrators"));
        Assert.That(group.Status, Is.EqualTo(StormpathResourceStatus.Enabled));
        Assert.That(group.Directory!.Href, Is.EqualTo(DirectoryHref));
    }

    [Test]
    public async Task CreateGroup_DuplicateName_Throws409With2001()
    {
        var name = "dup-" + Guid.NewGuid().ToString("N");
        await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = name });

        var e = Assert.ThrowsAsync<StormpathException>(() => Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = name }));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(e.Code, Is.EqualTo(2001));
    }

    [Test]
    public async Task UpdateGroup_Description_ChangesOnlyTheDescription()
    {
        var group = await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = "g-" + Guid.NewGuid().ToString("N") });

        var updated = await Sp.Client.UpdateGroupAsync(group.Href, new StormpathGroupRequest { Description = "new" });

        Assert.That(updated.Description, Is.EqualTo("new"));
        Assert.That(updated.Name, Is.EqualTo(group.Name));
    }

    [Test]
    public async Task AddAccountToGroup_MembershipLinksBothAndTheAccountListsTheGroup()
    {
        var account = await CreateAccountAsync();
        var group = await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = "members-" + Guid.NewGuid().ToString("N") });

        var membership = await Sp.Client.AddAccountToGroupAsync(account.Href, group.Href);
        var expanded = await Sp.Client.GetAsync<StormpathAccount>(account.Href, [StormpathExpansion.Collection("groups", limit: 100)]);

        Assert.That(membership.Account!.Href, Is.EqualTo(account.Href));
        Assert.That(membership.Group!.Href, Is.EqualTo(group.Href));
        Assert.That(expanded!.Groups!.Items.Select(g => g.Href), Is.EqualTo(new[] { group.Href }));
        Assert.That(await Sp.Client.DeleteAsync(membership.Href), Is.True);
    }
}
