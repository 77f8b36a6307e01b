using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathUserManagerTests(MirrorProvider provider) : IdentityFixture(provider)
{
    [Test]
    public async Task CreateAsync_WithPassword_CreatesTheAccountInStormpathAndTheRowInTheMirror()
    {
        var user = await CreateUserAsync();

        Assert.That(user.AccountHref, Is.Not.Null);
        var account = await App.Client.GetAsync<StormpathAccount>(new Uri(user.AccountHref!));
        Assert.That(account, Is.Not.Null);
        Assert.That(account!.Email, Is.EqualTo(user.Email));
        Assert.That(account.Username, Is.EqualTo(user.UserName));
        Assert.That(account.GivenName, Is.EqualTo("Rose"));
        await using var scope = App.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>();
        var row = await context.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        Assert.That(row.AccountHref, Is.EqualTo(user.AccountHref));
        Assert.That(row.HasPassword, Is.True);
        Assert.That(await context.StormpathPendingChanges.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task CreateAsync_WithPassword_PasswordWorksAtStormpath()
    {
        var user = await CreateUserAsync();

        var login = await App.Client.AuthenticateAsync(Directory.Provisioning.ApplicationHref, user.Email!, Password);

        Assert.That(login.Account.Href.AbsoluteUri, Is.EqualTo(user.AccountHref));
    }

    [Test]
    public async Task CreateAsync_PasswordFailsTheLocalValidators_SendsNothingToStormpath()
    {
        var (userName, email) = NewIdentity();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        App.Requests.Clear();

        var result = await users.CreateAsync(new StormpathUser { UserName = userName, Email = email }, "abc");

        Assert.That(result.Errors.Select(e => e.Code), Does.Contain("PasswordTooShort"));
        Assert.That(App.Requests.Count, Is.Zero);
    }

    [Test]
    public async Task CreateAsync_PasswordRefusedByTheDirectoryPolicy_ReturnsStormpathPasswordPolicyAndNoRow()
    {
        var (userName, email) = NewIdentity();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();

        // Long enough for the local validators, but without the upper-case letter and digit the directory requires.
        var result = await users.CreateAsync(new StormpathUser { UserName = userName, Email = email }, "lowercaseonly");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { StormpathErrorDescriber.PasswordPolicyCode }));
        var context = scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>();
        Assert.That(await context.Users.AnyAsync(u => u.UserName == userName), Is.False);
        Assert.That(await context.StormpathPendingChanges.CountAsync(), Is.Zero);
    }

    [Test]
    public async Task CreateAsync_EmailAlreadyInStormpath_ReturnsDuplicateEmail()
    {
        var existing = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();

        var result = await users.CreateAsync(new StormpathUser { UserName = NewIdentity().UserName, Email = existing.Email }, Password);

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "DuplicateEmail" }));
    }

    [Test]
    public async Task CheckPasswordAsync_CurrentRow_CostsExactlyOneRequest()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        App.Requests.Clear();

        var ok = await users.CheckPasswordAsync(user, Password);

        Assert.That(ok, Is.True);
        Assert.That(App.Requests.Requests, Has.Count.EqualTo(1).And.All.EndsWith("/loginAttempts"));
    }

    [Test]
    public async Task CheckPasswordAsync_WrongPassword_ReturnsFalseAndSendsOneLoginAttempt()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        App.Requests.Clear();

        var ok = await users.CheckPasswordAsync(user, "Wr0ng-Password");

        Assert.That(ok, Is.False);
        Assert.That(App.Requests.Requests, Has.Count.EqualTo(1).And.All.EndsWith("/loginAttempts"));
    }

    [Test]
    public async Task ChangePasswordAsync_SendsTheNewPasswordToStormpathAndRotatesTheSecurityStamp()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        var stamp = user.SecurityStamp;

        var result = await users.ChangePasswordAsync(user, Password, "N3w-Password-Good");

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.That(user.SecurityStamp, Is.Not.EqualTo(stamp));
        Assert.That(await users.CheckPasswordAsync(user, "N3w-Password-Good"), Is.True);
        Assert.That(await users.CheckPasswordAsync(user, Password), Is.False);
    }

    [Test]
    public async Task ChangePasswordAsync_WrongCurrentPassword_ReturnsPasswordMismatchAndKeepsThePassword()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.ChangePasswordAsync(user, "Wr0ng-Password", "N3w-Password-Good");

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "PasswordMismatch" }));
        Assert.That(await users.CheckPasswordAsync(user, Password), Is.True);
    }

    [Test]
    public async Task RemoveThenAddPasswordAsync_HasPasswordFollowsAndOnlyTheAddedPasswordWorks()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var removed = await users.RemovePasswordAsync(user);

        Assert.That(removed.Succeeded, Is.True);
        Assert.That(await users.HasPasswordAsync(user), Is.False);
        Assert.That(await users.CheckPasswordAsync(user, Password), Is.False);

        var added = await users.AddPasswordAsync(user, "Add3d-Password");

        Assert.That(added.Succeeded, Is.True);
        Assert.That(await users.HasPasswordAsync(user), Is.True);
        Assert.That(await users.CheckPasswordAsync(user, "Add3d-Password"), Is.True);
    }

    [Test]
    public async Task ResetPasswordAsync_WithAnIdentityToken_SetsThePasswordInStormpath()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        var token = await users.GeneratePasswordResetTokenAsync(user);

        var result = await users.ResetPasswordAsync(user, token, "R3set-Password");

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.That((await App.Client.AuthenticateAsync(Directory.Provisioning.ApplicationHref, user.Email!, "R3set-Password")).Account.Href.AbsoluteUri, Is.EqualTo(user.AccountHref));
    }

    [Test]
    public async Task ResetPasswordAsync_WithAStormpathToken_SetsThePasswordInStormpath()
    {
        var created = await CreateUserAsync();
        var remote = await App.Client.CreatePasswordResetTokenAsync(Directory.Provisioning.ApplicationHref, created.Email!);
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.ResetPasswordAsync(user, remote!.Token, "Sp-R3set-Password");

        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.That(await users.CheckPasswordAsync(user, "Sp-R3set-Password"), Is.True);
    }

    [Test]
    public async Task ResetPasswordAsync_WithAnUnknownToken_ReturnsInvalidToken()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;

        var result = await users.ResetPasswordAsync(user, "not-a-token", "R3set-Password");

        Assert.That(result.Errors.Select(e => e.Code), Is.EqualTo(new[] { "InvalidToken" }));
        Assert.That(await users.CheckPasswordAsync(user, Password), Is.True);
    }

    [Test]
    public async Task PasswordHashColumn_IsEmptyForEveryUser()
    {
        await CreateUserAsync();
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync((await CreateUserAsync()).Id))!;
        await users.ChangePasswordAsync(user, Password, "An0ther-Password");
        var context = scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>();

        var hashes = await context.Users.AsNoTracking().Select(u => u.PasswordHash).ToListAsync();

        Assert.That(hashes, Is.Not.Empty.And.All.Null);
    }

    [Test]
    public async Task SetPasswordHashAsync_ThroughTheStoreWithARealHash_IsRefused()
    {
        var created = await CreateUserAsync();
        await using var scope = App.CreateScope();
        var store = (IUserPasswordStore<StormpathUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StormpathUser>>();

        Assert.That(async () => await store.SetPasswordHashAsync(created, "AQAAAAIAAYagAAAAE…", CancellationToken.None),
            Throws.InvalidOperationException.With.Message.Contains("never stores a password hash"));
    }

    [Test]
    public async Task StoreMethods_NullUser_ThrowArgumentNullExceptionNamingUser()
    {
        await using var scope = App.CreateScope();
        var store = (IUserPasswordStore<StormpathUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StormpathUser>>();

        Assert.That(async () => await store.CreateAsync(null!, CancellationToken.None), Throws.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("user"));
        Assert.That(async () => await store.UpdateAsync(null!, CancellationToken.None), Throws.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("user"));
        Assert.That(async () => await store.HasPasswordAsync(null!, CancellationToken.None), Throws.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("user"));
    }
}
