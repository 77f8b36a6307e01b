using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathSignInManagerTests(MirrorProvider provider) : IdentityFixture(provider)
{
    private async Task<SignInResult> SignInAsync(string login, string password)
    {
        await using var scope = App.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        return await signIn.PasswordSignInAsync(login, password, isPersistent: false, lockoutOnFailure: false);
    }

    private async Task<StormpathUser> ReadMirrorAsync(string id)
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private Task SetRemoteStatusAsync(StormpathUser user, StormpathAccountStatus status)
        => App.Client.UpdateAccountAsync(new Uri(user.AccountHref!), new StormpathAccountUpdateRequest { Status = status });

    [Test]
    public async Task PasswordSignInAsync_CurrentRow_SucceedsWithExactlyOneRequest()
    {
        var user = await CreateUserAsync();
        App.Requests.Clear();

        var result = await SignInAsync(user.UserName!, Password);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(App.Requests.Requests, Has.Count.EqualTo(1).And.All.EndsWith("/loginAttempts"));
    }

    [Test]
    public async Task PasswordSignInAsync_RowOlderThanMirrorMaxAge_RefreshesWithOneMoreRequest()
    {
        var user = await CreateUserAsync();
        App.Time.Advance(TimeSpan.FromMinutes(6));
        App.Requests.Clear();

        var result = await SignInAsync(user.UserName!, Password);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(App.Requests.Requests, Is.EqualTo(new[] { $"POST {Directory.Provisioning.ApplicationHref.AbsolutePath}/loginAttempts", $"GET {new Uri(user.AccountHref!).AbsolutePath}" }));
        App.Requests.Clear();
        Assert.That((await SignInAsync(user.UserName!, Password)).Succeeded, Is.True);
        Assert.That(App.Requests.Count, Is.EqualTo(1), "the refreshed row is current again");
    }

    [Test]
    public async Task PasswordSignInAsync_ColdMirror_CostsALookupAndALoginAttempt()
    {
        await CreateUserAsync("warmup");
        var (userName, email) = NewIdentity("cold");
        var accounts = new Uri(Directory.Provisioning.ApplicationHref.AbsoluteUri + "/accounts");
        await App.Client.CreateAccountAsync(accounts, new StormpathAccountCreateRequest { Email = email, Username = userName, Password = Password });
        App.Requests.Clear();

        var result = await SignInAsync(userName, Password);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(App.Requests.Requests, Is.EqualTo(new[] { $"GET {accounts.AbsolutePath}", $"POST {Directory.Provisioning.ApplicationHref.AbsolutePath}/loginAttempts" }));
    }

    [Test]
    public async Task PasswordSignInAsync_ByEmail_Succeeds()
    {
        var user = await CreateUserAsync();

        var result = await SignInAsync(user.Email!, Password);

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public async Task PasswordSignInAsync_UnknownWrongDisabledAndUnverified_AllFailTheSameWay()
    {
        var wrong = await CreateUserAsync("wrong");
        var disabled = await CreateUserAsync("disabled");
        var unverified = await CreateUserAsync("unverified");
        await SetRemoteStatusAsync(disabled, StormpathAccountStatus.Disabled);
        await SetRemoteStatusAsync(unverified, StormpathAccountStatus.Unverified);

        var results = new[]
        {
            await SignInAsync(NewIdentity("nobody").UserName, Password),
            await SignInAsync(wrong.UserName!, "Wr0ng-Password"),
            await SignInAsync(disabled.UserName!, Password),
            await SignInAsync(unverified.UserName!, Password),
        };

        Assert.That(results.Select(r => r.ToString()), Is.All.EqualTo(SignInResult.Failed.ToString()));
        Assert.That(results.Select(r => (r.Succeeded, r.IsLockedOut, r.IsNotAllowed, r.RequiresTwoFactor)), Is.All.EqualTo((false, false, false, false)));
    }

    [Test]
    public async Task PasswordSignInAsync_AccountDisabledInStormpath_FailsAndTheMirrorShowsItLockedOut()
    {
        var user = await CreateUserAsync();
        await SetRemoteStatusAsync(user, StormpathAccountStatus.Disabled);

        var result = await SignInAsync(user.UserName!, Password);

        Assert.That(result.Succeeded, Is.False);
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var row = (await users.FindByIdAsync(user.Id))!;
        Assert.That(row.AccountStatus, Is.EqualTo(StormpathAccountStatus.Disabled));
        Assert.That(await users.IsLockedOutAsync(row), Is.True);
    }

    [Test]
    public async Task PasswordSignInAsync_AccountReEnabledInStormpath_SucceedsThoughTheMirrorSaidDisabled()
    {
        var user = await CreateUserAsync();
        await SetRemoteStatusAsync(user, StormpathAccountStatus.Disabled);
        await SignInAsync(user.UserName!, Password);
        Assert.That((await ReadMirrorAsync(user.Id)).AccountStatus, Is.EqualTo(StormpathAccountStatus.Disabled));
        await SetRemoteStatusAsync(user, StormpathAccountStatus.Enabled);

        var result = await SignInAsync(user.UserName!, Password);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await ReadMirrorAsync(user.Id)).AccountStatus, Is.EqualTo(StormpathAccountStatus.Enabled));
    }

    [Test]
    public async Task StatusChangeSeenAtSignIn_RotatesTheSecurityStamp_SoAnExistingCookieIsRefused()
    {
        var user = await CreateUserAsync();
        ClaimsPrincipal principal;
        await using (var scope = App.CreateScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            principal = await signIn.CreateUserPrincipalAsync((await users.FindByIdAsync(user.Id))!);
            Assert.That(await signIn.ValidateSecurityStampAsync(principal), Is.Not.Null);
        }

        await SetRemoteStatusAsync(user, StormpathAccountStatus.Disabled);
        await SignInAsync(user.UserName!, Password);

        await using (var scope = App.CreateScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
            Assert.That(await signIn.ValidateSecurityStampAsync(principal), Is.Null);
        }
    }

    [Test]
    public async Task PasswordChangedInStormpath_IsSeenAtTheNextSignIn_AndRotatesTheSecurityStamp()
    {
        var user = await CreateUserAsync();
        var before = (await ReadMirrorAsync(user.Id)).SecurityStamp;
        await App.Client.UpdateAccountAsync(new Uri(user.AccountHref!), new StormpathAccountUpdateRequest { Password = "Chang3d-Elsewhere" });

        Assert.That((await SignInAsync(user.UserName!, Password)).Succeeded, Is.False);
        Assert.That((await SignInAsync(user.UserName!, "Chang3d-Elsewhere")).Succeeded, Is.True);
        Assert.That((await ReadMirrorAsync(user.Id)).SecurityStamp, Is.Not.EqualTo(before));
    }

    [Test]
    public async Task ProfileChangedDirectlyInStormpath_IsPickedUpAtTheNextSignIn()
    {
        var user = await CreateUserAsync();
        await App.Client.UpdateAccountAsync(new Uri(user.AccountHref!), new StormpathAccountUpdateRequest { GivenName = "Martha", Surname = "Jones" });

        var result = await SignInAsync(user.UserName!, Password);

        Assert.That(result.Succeeded, Is.True);
        var row = await ReadMirrorAsync(user.Id);
        Assert.That((row.GivenName, row.Surname), Is.EqualTo(("Martha", "Jones")));
    }

    [Test]
    public async Task AccountCreatedOnlyInStormpath_IsPulledInAtSignIn()
    {
        var (userName, email) = NewIdentity("remote");
        var accounts = new Uri(Directory.Provisioning.ApplicationHref.AbsoluteUri + "/accounts");
        var account = await App.Client.CreateAccountAsync(accounts, new StormpathAccountCreateRequest { Email = email, Username = userName, Password = Password, GivenName = "Donna" });

        var result = await SignInAsync(userName, Password);

        Assert.That(result.Succeeded, Is.True);
        await using var scope = App.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AsNoTracking().SingleAsync(u => u.AccountHref == account.Href.AbsoluteUri);
        Assert.That((row.UserName, row.Email, row.GivenName, row.PasswordHash), Is.EqualTo((userName, email, "Donna", (string?)null)));
    }

    [Test]
    public async Task AccountCreatedOnlyInStormpath_IsPulledInByFindByEmail()
    {
        var (userName, email) = NewIdentity("lookup");
        var accounts = new Uri(Directory.Provisioning.ApplicationHref.AbsoluteUri + "/accounts");
        await App.Client.CreateAccountAsync(accounts, new StormpathAccountCreateRequest { Email = email, Username = userName, Password = Password });
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();

        var found = await users.FindByEmailAsync(email);
        var again = await users.FindByNameAsync(userName);

        Assert.That(found?.UserName, Is.EqualTo(userName));
        Assert.That(again?.Id, Is.EqualTo(found!.Id));
    }

    [Test]
    public async Task UnknownUser_FindByNameAsync_ReturnsNullAndCreatesNoRow()
    {
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var name = NewIdentity("ghost").UserName;

        Assert.That(await users.FindByNameAsync(name), Is.Null);
        Assert.That(await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AnyAsync(u => u.UserName == name), Is.False);
    }
}
