using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Roles;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathRoleStoreTests(MirrorProvider provider) : IdentityFixture(provider)
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Stormpath:MirrorMaxAge"] = "00:00:00" };

    private static string NewRoleName() => "role-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<StormpathRole> CreateRoleAsync(string name)
    {
        await using var scope = App.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
        var role = new StormpathRole(name) { Description = "made by a test" };
        var result = await roles.CreateAsync(role);
        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        return role;
    }

    private async Task<IReadOnlyList<string>> RemoteGroupNamesAsync(StormpathUser user)
    {
        var names = new List<string>();
        await foreach (var group in App.Client.EnumerateAsync<StormpathGroup>(new Uri(user.AccountHref + "/groups")))
        {
            names.Add(group.Name!);
        }

        return names;
    }

    [Test]
    public async Task CreateAsync_CreatesAGroupInTheDefaultGroupStore()
    {
        var role = await CreateRoleAsync(NewRoleName());

        var group = await App.Client.GetAsync<StormpathGroup>(new Uri(role.GroupHref!));

        Assert.That((group?.Name, group?.Description), Is.EqualTo((role.Name, "made by a test")));
        Assert.That(group!.Directory?.Href, Is.EqualTo(Directory.Provisioning.DirectoryHref));
    }

    [Test]
    public async Task CreateAsync_NameTakenInStormpath_ReturnsDuplicateRoleName()
    {
        var name = NewRoleName();
        await App.Client.CreateGroupAsync(new Uri(Directory.Provisioning.DirectoryHref.AbsoluteUri + "/groups"), new StormpathGroupRequest { Name = name });
        await using var scope = App.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();

        var result = await roles.CreateAsync(new StormpathRole(name));

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "DuplicateRoleName" }));
    }

    [Test]
    public async Task SetRoleNameAsync_RenamesTheGroup()
    {
        var role = await CreateRoleAsync(NewRoleName());
        var renamed = NewRoleName();
        await using var scope = App.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
        var loaded = (await roles.FindByIdAsync(role.Id))!;

        await roles.SetRoleNameAsync(loaded, renamed);
        var result = await roles.UpdateAsync(loaded);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await App.Client.GetAsync<StormpathGroup>(new Uri(role.GroupHref!)))?.Name, Is.EqualTo(renamed));
    }

    [Test]
    public async Task DeleteAsync_DeletesTheGroupAndTheRow()
    {
        var role = await CreateRoleAsync(NewRoleName());
        await using var scope = App.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();

        var result = await roles.DeleteAsync((await roles.FindByIdAsync(role.Id))!);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(await App.Client.GetAsync<StormpathGroup>(new Uri(role.GroupHref!)), Is.Null);
        Assert.That(await roles.Roles.AnyAsync(r => r.Id == role.Id), Is.False);
    }

    [Test]
    public async Task AddToRoleAsync_AddsTheGroupMembershipInStormpath_AndGetRolesReadsTheMirrorOnly()
    {
        var role = await CreateRoleAsync(NewRoleName());
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.AddToRoleAsync(user, role.Name!);

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.That(await RemoteGroupNamesAsync(user), Is.EqualTo(new[] { role.Name }));
        App.Requests.Clear();
        Assert.That(await users.GetRolesAsync(user), Is.EqualTo(new[] { role.Name }));
        Assert.That(await users.IsInRoleAsync(user, role.Name!), Is.True);
        Assert.That((await users.GetUsersInRoleAsync(role.Name!)).Select(u => u.Id), Is.EqualTo(new[] { user.Id }));
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task RemoveFromRoleAsync_RemovesTheGroupMembershipInStormpath()
    {
        var role = await CreateRoleAsync(NewRoleName());
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        await users.AddToRoleAsync(user, role.Name!);

        var result = await users.RemoveFromRoleAsync(user, role.Name!);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(await RemoteGroupNamesAsync(user), Is.Empty);
        Assert.That(await users.GetRolesAsync(user), Is.Empty);
    }

    [Test]
    public async Task GroupMembershipAddedInStormpath_IsPickedUpAtSignIn_AndTheGroupBecomesARole()
    {
        var created = await CreateUserAsync();
        var name = NewRoleName();
        var group = await App.Client.CreateGroupAsync(new Uri(Directory.Provisioning.DirectoryHref.AbsoluteUri + "/groups"), new StormpathGroupRequest { Name = name });
        await App.Client.AddAccountToGroupAsync(new Uri(created.AccountHref!), group.Href);
        await using var scope = App.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();

        var result = await signIn.PasswordSignInAsync(created.UserName!, Password, false, false);

        Assert.That(result.Succeeded, Is.True);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        Assert.That(await users.GetRolesAsync((await users.FindByIdAsync(created.Id))!), Is.EqualTo(new[] { name }));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
        Assert.That((await roles.FindByNameAsync(name))?.GroupHref, Is.EqualTo(group.Href.AbsoluteUri));
    }

    [Test]
    public async Task SignIn_NeverRemovesAGroupMembershipThatExistsOnlyInStormpath()
    {
        var created = await CreateUserAsync();
        var group = await App.Client.CreateGroupAsync(new Uri(Directory.Provisioning.DirectoryHref.AbsoluteUri + "/groups"), new StormpathGroupRequest { Name = NewRoleName() });
        await App.Client.AddAccountToGroupAsync(new Uri(created.AccountHref!), group.Href);

        await using (var scope = App.CreateScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
            Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.True);
            Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.True);
        }

        Assert.That(await RemoteGroupNamesAsync(created), Is.EqualTo(new[] { group.Name }));
    }

    [Test]
    public async Task AddToRoleAsync_ForAGroupOnlyInStormpath_ImportsItAsARole()
    {
        var name = NewRoleName();
        var group = await App.Client.CreateGroupAsync(new Uri(Directory.Provisioning.DirectoryHref.AbsoluteUri + "/groups"), new StormpathGroupRequest { Name = name });
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.AddToRoleAsync(user, name);

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.That(await RemoteGroupNamesAsync(user), Is.EqualTo(new[] { name }));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
        Assert.That((await roles.FindByNameAsync(name))?.GroupHref, Is.EqualTo(group.Href.AbsoluteUri));
    }
}
