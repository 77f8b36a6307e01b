using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Stormpath.Identity.Tests.Users;

/// <summary>What Identity keeps purely locally works on the mirror and never reaches Stormpath.</summary>
[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathUserStoreLocalDataTests(MirrorProvider provider) : IdentityFixture(provider)
{
    private async Task<(AsyncServiceScope Scope, UserManager<StormpathUser> Users, StormpathUser User)> LoadAsync()
    {
        var created = await CreateUserAsync();
        var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        App.Requests.Clear();
        return (scope, users, user);
    }

    [Test]
    public async Task ExternalLogins_AreAddedFoundAndRemovedLocally()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;

        Assert.That((await users.AddLoginAsync(user, new UserLoginInfo("github", "gh-123", "GitHub"))).Succeeded, Is.True);
        Assert.That((await users.FindByLoginAsync("github", "gh-123"))?.Id, Is.EqualTo(user.Id));
        Assert.That((await users.RemoveLoginAsync(user, "github", "gh-123")).Succeeded, Is.True);
        Assert.That(await users.GetLoginsAsync(user), Is.Empty);
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task AuthenticationTokensAndAuthenticatorKey_AreKeptLocally()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;

        await users.SetAuthenticationTokenAsync(user, "github", "access_token", "t-1");
        await users.ResetAuthenticatorKeyAsync(user);

        Assert.That(await users.GetAuthenticationTokenAsync(user, "github", "access_token"), Is.EqualTo("t-1"));
        Assert.That(await users.GetAuthenticatorKeyAsync(user), Is.Not.Null.And.Not.Empty);
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task TwoFactorAndRecoveryCodes_AreKeptLocally()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 3))!.ToList();

        Assert.That(await users.GetTwoFactorEnabledAsync(user), Is.True);
        Assert.That(await users.CountRecoveryCodesAsync(user), Is.EqualTo(3));
        Assert.That((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded, Is.True);
        Assert.That(await users.CountRecoveryCodesAsync(user), Is.EqualTo(2));
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task Lockout_CountsFailuresAndLocksLocally()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;
        await users.SetLockoutEnabledAsync(user, true);

        for (var i = 0; i < 5; i++)
        {
            await users.AccessFailedAsync(user);
        }

        Assert.That(await users.IsLockedOutAsync(user), Is.True);
        Assert.That(user.LockoutEnd, Is.Not.Null);
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task Passkeys_AreAddedFoundAndRemovedLocally()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;
        var credentialId = Guid.NewGuid().ToByteArray();
        var passkey = new UserPasskeyInfo(credentialId, [1, 2, 3], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [4], [5]);

        Assert.That((await users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded, Is.True);
        Assert.That((await users.FindByPasskeyIdAsync(credentialId))?.Id, Is.EqualTo(user.Id));
        Assert.That((await users.GetPasskeysAsync(user)).Select(p => p.CredentialId), Is.EqualTo(new[] { credentialId }));
        Assert.That((await users.RemovePasskeyAsync(user, credentialId)).Succeeded, Is.True);
        Assert.That(await users.GetPasskeysAsync(user), Is.Empty);
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task UsersAndRoles_AreQueryable()
    {
        var (scope, users, user) = await LoadAsync();
        await using var _ = scope;
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();

        Assert.That(users.SupportsQueryableUsers, Is.True);
        Assert.That(roles.SupportsQueryableRoles, Is.True);
        Assert.That(await users.Users.Where(u => u.Email == user.Email).Select(u => u.Id).SingleAsync(), Is.EqualTo(user.Id));
        Assert.That(await roles.Roles.CountAsync(), Is.GreaterThanOrEqualTo(0));
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task StaleConcurrencyStamp_UpdateFailsWithConcurrencyFailureAndSendsNothing()
    {
        var created = await CreateUserAsync();
        await using var first = App.CreateScope();
        await using var second = App.CreateScope();
        var usersA = first.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var usersB = second.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var a = (await usersA.FindByIdAsync(created.Id))!;
        var b = (await usersB.FindByIdAsync(created.Id))!;
        a.GivenName = "First";
        Assert.That((await usersA.UpdateAsync(a)).Succeeded, Is.True);
        App.Requests.Clear();

        b.GivenName = "Second";
        var result = await usersB.UpdateAsync(b);

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "ConcurrencyFailure" }));
        Assert.That(App.Requests.Count, Is.Zero);
        Assert.That((await App.Client.GetAsync<Stormpath.Client.StormpathAccount>(new Uri(created.AccountHref!)))?.GivenName, Is.EqualTo("First"));
    }
}
