using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathUserStoreWriteThroughTests(MirrorProvider provider) : IdentityFixture(provider)
{
    protected override Action<IdentityOptions>? ConfigureIdentity => options => options.SignIn.RequireConfirmedEmail = true;

    private Task<StormpathAccount?> RemoteAsync(StormpathUser user) => App.Client.GetAsync<StormpathAccount>(new Uri(user.AccountHref!));

    [Test]
    public async Task UpdateAsync_ProfileChanges_GoToStormpathFirst()
    {
        var created = await CreateUserAsync();
        var userName = NewIdentity("renamed").UserName;
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        await users.SetUserNameAsync(user, userName);
        user.GivenName = "Clara";
        user.MiddleName = "Oswin";
        user.Surname = null;
        var result = await users.UpdateAsync(user);

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        var remote = await RemoteAsync(user);
        Assert.That((remote?.Username, remote?.GivenName, remote?.MiddleName, remote?.Surname ?? string.Empty), Is.EqualTo((userName, "Clara", "Oswin", string.Empty)));
        Assert.That(await users.FindByNameAsync(userName), Is.SameAs(user));
    }

    [Test]
    public async Task UpdateAsync_EmailTakenByAnotherAccount_ReturnsDuplicateEmailAndRevertsTheRow()
    {
        var other = await CreateUserAsync("other");
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        user.Email = other.Email;

        var result = await users.UpdateAsync(user);

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "DuplicateEmail" }));
        Assert.That(user.Email, Is.EqualTo(created.Email));
        Assert.That((await RemoteAsync(user))?.Email, Is.EqualTo(created.Email));
        var stored = await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == created.Id);
        Assert.That(stored.Email, Is.EqualTo(created.Email));
    }

    [Test]
    public async Task UpdateAsync_StatusDisabled_DisablesTheAccountAndRotatesTheSecurityStamp()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        var stamp = user.SecurityStamp;

        user.AccountStatus = StormpathAccountStatus.Disabled;
        var result = await users.UpdateAsync(user);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await RemoteAsync(user))?.Status, Is.EqualTo(StormpathAccountStatus.Disabled));
        Assert.That(user.SecurityStamp, Is.Not.EqualTo(stamp));
        Assert.That(await users.IsLockedOutAsync(user), Is.True);
    }

    [Test]
    public async Task DeleteAsync_DeletesTheAccountThenTheRow()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();

        var result = await users.DeleteAsync((await users.FindByIdAsync(created.Id))!);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(await RemoteAsync(created), Is.Null);
        Assert.That(await users.FindByIdAsync(created.Id), Is.Null);
    }

    [Test]
    public async Task UnverifiedAccount_HasAnUnconfirmedEmail_AndConfirmEmailAsyncEnablesItInStormpath()
    {
        var created = await CreateUserAsync();
        await App.Client.UpdateAccountAsync(new Uri(created.AccountHref!), new StormpathAccountUpdateRequest { Status = StormpathAccountStatus.Unverified });
        await using var scope = App.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.False);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        Assert.That(await users.IsEmailConfirmedAsync(user), Is.False);
        Assert.That(user.AccountStatus, Is.EqualTo(StormpathAccountStatus.Unverified));

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var confirmed = await users.ConfirmEmailAsync(user, token);

        Assert.That(confirmed.Succeeded, Is.True, string.Join(", ", confirmed.Errors.Select(e => e.Code)));
        var remote = await RemoteAsync(user);
        Assert.That((remote?.Status, remote?.EmailVerificationStatus), Is.EqualTo((StormpathAccountStatus.Enabled, StormpathEmailVerificationStatus.Verified)));
        Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.True);
    }

    [Test]
    public async Task RequireConfirmedEmail_EnabledAccount_SignsIn()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();

        Assert.That((await signIn.PasswordSignInAsync(created.UserName!, Password, false, false)).Succeeded, Is.True);
    }
}
