using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathUserStoreClaimsTests(MirrorProvider provider) : IdentityFixture(provider)
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Stormpath:MirrorMaxAge"] = "00:00:00" };

    private async Task<StormpathCustomData> RemoteCustomDataAsync(StormpathUser user)
        => (await App.Client.GetAsync<StormpathCustomData>(new Uri(user.AccountHref + "/customData")))!;

    [Test]
    public async Task AddClaimAsync_KeepsTheClaimInTheAccountsCustomData()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.AddClaimAsync(user, new Claim("department", "archives"));

        Assert.That(result.Succeeded, Is.True);
        var claims = (await RemoteCustomDataAsync(user)).Values["claims"];
        Assert.That(claims.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(claims.EnumerateArray().Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString())), Is.EqualTo(new[] { ("department", "archives") }));
    }

    [Test]
    public async Task ClaimsWrittenByOneApp_AreReadBackByAnotherAppOnTheSameDirectory()
    {
        var created = await CreateUserAsync();
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            var user = (await users.FindByIdAsync(created.Id))!;
            await users.AddClaimsAsync(user, [new Claim("department", "archives"), new Claim("level", "3")]);
            await users.ReplaceClaimAsync(user, new Claim("level", "3"), new Claim("level", "4"));
        }

        var otherMirror = await Provider.CreateDatabaseAsync("otherapp");
        await using var other = await IdentityHost.StartAsync(Directory, Provider, otherMirror);
        await using var otherScope = other.CreateScope();
        var otherUsers = otherScope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();

        var pulled = await otherUsers.FindByNameAsync(created.UserName!);

        Assert.That(pulled, Is.Not.Null);
        var claims = await otherUsers.GetClaimsAsync(pulled!);
        Assert.That(claims.Select(c => (c.Type, c.Value)), Is.EquivalentTo(new[] { ("department", "archives"), ("level", "4") }));
    }

    [Test]
    public async Task RemoveClaimAsync_RemovesItFromTheCustomData()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        await users.AddClaimsAsync(user, [new Claim("a", "1"), new Claim("b", "2")]);

        await users.RemoveClaimAsync(user, new Claim("a", "1"));

        var claims = (await RemoteCustomDataAsync(user)).Values["claims"];
        Assert.That(claims.EnumerateArray().Select(c => c.GetProperty("type").GetString()), Is.EqualTo(new[] { "b" }));
        Assert.That((await users.GetClaimsAsync(user)).Select(c => c.Type), Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public async Task StaffAndSuperuserFlagsSetInStormpath_AreSurfacedAsClaimsAfterSignIn()
    {
        var created = await CreateUserAsync();
        await App.Client.UpdateCustomDataAsync(new Uri(created.AccountHref + "/customData"), new Dictionary<string, object?> { ["is_staff"] = true, ["is_superuser"] = true });
        await using var scope = App.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();

        Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.True);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        Assert.That(principal.HasClaim(StormpathClaimTypes.IsStaff, "true"), Is.True);
        Assert.That(principal.HasClaim(StormpathClaimTypes.IsSuperuser, "true"), Is.True);
        Assert.That((await users.GetUsersForClaimAsync(new Claim(StormpathClaimTypes.IsStaff, "true"))).Select(u => u.Id), Does.Contain(user.Id));
    }

    [Test]
    public async Task AddClaimAsync_IsStaff_SetsTheFlagInCustomData()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        await users.AddClaimAsync(user, new Claim(StormpathClaimTypes.IsStaff, "true"));

        Assert.That((await RemoteCustomDataAsync(user)).Values["is_staff"].GetBoolean(), Is.True);
        Assert.That(user.IsStaff, Is.True);

        await users.RemoveClaimAsync(user, new Claim(StormpathClaimTypes.IsStaff, "true"));

        Assert.That((await RemoteCustomDataAsync(user)).Values["is_staff"].GetBoolean(), Is.False);
    }
}
