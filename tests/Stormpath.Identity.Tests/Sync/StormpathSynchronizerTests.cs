using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Sync;

/// <summary>Where a write can break between Stormpath and the mirror.</summary>
public enum CrashPoint
{
    /// <summary>The request never reaches the server: the remote write does not happen.</summary>
    BeforeTheRemoteWrite,

    /// <summary>The server applies the write but its answer is lost: the outcome is unknown to the caller.</summary>
    AfterTheRemoteWriteBeforeTheAnswer,

    /// <summary>The remote write succeeds and the local save fails.</summary>
    AfterTheRemoteWriteBeforeTheLocalSave,
}

/// <summary>Every crash point of every write leaves a pending change; reconciliation makes the mirror match Stormpath.</summary>
[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathSynchronizerTests(MirrorProvider provider) : IdentityFixture(provider)
{
    private void Arm(CrashPoint crash, HttpMethod method, string path)
    {
        bool Matches(HttpRequestMessage r) => r.Method == method && r.RequestUri!.AbsolutePath.Contains(path, StringComparison.Ordinal);
        switch (crash)
        {
            case CrashPoint.BeforeTheRemoteWrite:
                App.Requests.FailBeforeSending = Matches;
                break;
            case CrashPoint.AfterTheRemoteWriteBeforeTheAnswer:
                App.Requests.LoseResponse = Matches;
                break;
            default:
                App.SaveFault.Armed = true;
                break;
        }
    }

    private static bool RemoteWriteHappened(CrashPoint crash) => crash != CrashPoint.BeforeTheRemoteWrite;

    private async Task<int> PendingCountAsync()
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().StormpathPendingChanges.CountAsync();
    }

    private async Task<int> ReconcileAsync()
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IStormpathSynchronizer>().ReconcilePendingChangesAsync();
    }

    private async Task<StormpathUser?> MirrorUserAsync(string id)
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
    }

    private static void AssertFailed(Exception? exception, CrashPoint crash)
    {
        Assert.That(exception, crash == CrashPoint.AfterTheRemoteWriteBeforeTheLocalSave ? Is.InstanceOf<DbUpdateException>() : Is.InstanceOf<StormpathException>());
    }

    [Test]
    public async Task CreateUser_AtEveryCrashPoint_EndsWithTheMirrorMatchingStormpath([Values] CrashPoint crash)
    {
        var (userName, email) = NewIdentity("crash");
        var user = new StormpathUser { UserName = userName, Email = email };
        Exception? failure = null;
        IdentityResult? result = null;
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            Arm(crash, HttpMethod.Post, "/accounts");
            try
            {
                result = await users.CreateAsync(user, Password);
            }
            catch (Exception exception) when (exception is StormpathException or DbUpdateException)
            {
                failure = exception;
            }
        }

        if (crash == CrashPoint.AfterTheRemoteWriteBeforeTheAnswer)
        {
            // The client never repeats a create blindly: it looks the account up, finds it, and the create completes.
            Assert.That(result?.Succeeded, Is.True);
            Assert.That(await PendingCountAsync(), Is.Zero);
        }
        else
        {
            AssertFailed(failure, crash);
            Assert.That(await PendingCountAsync(), Is.EqualTo(1));
            Assert.That(await MirrorUserAsync(user.Id), Is.Null);
            Assert.That(await ReconcileAsync(), Is.EqualTo(1));
        }

        Assert.That(await PendingCountAsync(), Is.Zero);
        var row = await MirrorUserAsync(user.Id);
        if (RemoteWriteHappened(crash))
        {
            // Imported under the id the create chose, and the password set at create works.
            Assert.That(row?.Email, Is.EqualTo(email));
            Assert.That((await App.Client.AuthenticateAsync(Directory.Provisioning.ApplicationHref, email, Password)).Account.Href.AbsoluteUri, Is.EqualTo(row!.AccountHref));
        }
        else
        {
            Assert.That(row, Is.Null);
            await using var scope = App.CreateScope();
            Assert.That(await scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>().FindByEmailAsync(email), Is.Null);
        }
    }

    [Test]
    public async Task UpdateUser_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var created = await CreateUserAsync("crashupd");
        Exception? failure = null;
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            var user = (await users.FindByIdAsync(created.Id))!;
            user.GivenName = "Clara";
            Arm(crash, HttpMethod.Post, new Uri(created.AccountHref!).AbsolutePath);
            try
            {
                await users.UpdateAsync(user);
            }
            catch (Exception exception) when (exception is StormpathException or DbUpdateException)
            {
                failure = exception;
            }
        }

        AssertFailed(failure, crash);
        Assert.That(await PendingCountAsync(), Is.EqualTo(1));
        Assert.That((await MirrorUserAsync(created.Id))?.GivenName, Is.EqualTo("Rose"), "nothing is half-written locally");

        await ReconcileAsync();

        var remote = await App.Client.GetAsync<StormpathAccount>(new Uri(created.AccountHref!));
        Assert.That(remote?.GivenName, Is.EqualTo(RemoteWriteHappened(crash) ? "Clara" : "Rose"));
        Assert.That((await MirrorUserAsync(created.Id))?.GivenName, Is.EqualTo(remote!.GivenName));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task DeleteUser_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var created = await CreateUserAsync("crashdel");
        Exception? failure = null;
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            Arm(crash, HttpMethod.Delete, new Uri(created.AccountHref!).AbsolutePath);
            try
            {
                await users.DeleteAsync((await users.FindByIdAsync(created.Id))!);
            }
            catch (Exception exception) when (exception is StormpathException or DbUpdateException)
            {
                failure = exception;
            }
        }

        AssertFailed(failure, crash);
        Assert.That(await MirrorUserAsync(created.Id), Is.Not.Null);

        await ReconcileAsync();

        var remote = await App.Client.GetAsync<StormpathAccount>(new Uri(created.AccountHref!));
        Assert.That(remote is null, Is.EqualTo(RemoteWriteHappened(crash)));
        Assert.That(await MirrorUserAsync(created.Id) is null, Is.EqualTo(remote is null));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task CreateRole_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var role = new StormpathRole("crashrole-" + Guid.NewGuid().ToString("N")[..8]);
        Exception? failure = null;
        await using (var scope = App.CreateScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
            Arm(crash, HttpMethod.Post, "/groups");
            try
            {
                await roles.CreateAsync(role);
            }
            catch (Exception exception) when (exception is StormpathException or DbUpdateException)
            {
                failure = exception;
            }
        }

        AssertFailed(failure, crash);

        await ReconcileAsync();

        await using var check = App.CreateScope();
        var row = await check.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == role.Id);
        Assert.That(row is not null, Is.EqualTo(RemoteWriteHappened(crash)));
        if (row is not null)
        {
            Assert.That((await App.Client.GetAsync<StormpathGroup>(new Uri(row.GroupHref!)))?.Name, Is.EqualTo(role.Name));
        }

        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task AddToRole_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var created = await CreateUserAsync("crashrole");
        var roleName = "crashmember-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = App.CreateScope())
        {
            Assert.That((await scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>().CreateAsync(new StormpathRole(roleName))).Succeeded, Is.True);
        }

        Exception? failure = null;
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            Arm(crash, HttpMethod.Post, "/groupMemberships");
            try
            {
                await users.AddToRoleAsync((await users.FindByIdAsync(created.Id))!, roleName);
            }
            catch (Exception exception) when (exception is StormpathException or DbUpdateException)
            {
                failure = exception;
            }
        }

        AssertFailed(failure, crash);

        await ReconcileAsync();

        var remote = new List<string>();
        await foreach (var group in App.Client.EnumerateAsync<StormpathGroup>(new Uri(created.AccountHref + "/groups")))
        {
            remote.Add(group.Name!);
        }

        await using var check = App.CreateScope();
        var users2 = check.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var local = await users2.GetRolesAsync((await users2.FindByIdAsync(created.Id))!);
        Assert.That(remote, Is.EqualTo(RemoteWriteHappened(crash) ? new[] { roleName } : Array.Empty<string>()));
        Assert.That(local, Is.EquivalentTo(remote));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    private async Task<StormpathRole> CreateRoleAsync()
    {
        var role = new StormpathRole("crashgroup-" + Guid.NewGuid().ToString("N")[..8]);
        await using var scope = App.CreateScope();
        Assert.That((await scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>().CreateAsync(role)).Succeeded, Is.True);
        return role;
    }

    private async Task<StormpathRole?> MirrorRoleAsync(string id)
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Roles.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
    }

    private async Task<Exception?> RunAsync(Func<IServiceProvider, Task> write)
    {
        await using var scope = App.CreateScope();
        try
        {
            await write(scope.ServiceProvider);
            return null;
        }
        catch (Exception exception) when (exception is StormpathException or DbUpdateException)
        {
            return exception;
        }
    }

    [Test]
    public async Task RenameRole_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var role = await CreateRoleAsync();
        var renamed = role.Name + "-renamed";
        Arm(crash, HttpMethod.Post, new Uri(role.GroupHref!).AbsolutePath);

        var failure = await RunAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<StormpathRole>>();
            var loaded = (await roles.FindByIdAsync(role.Id))!;
            await roles.SetRoleNameAsync(loaded, renamed);
            await roles.UpdateAsync(loaded);
        });

        AssertFailed(failure, crash);
        Assert.That((await MirrorRoleAsync(role.Id))?.Name, Is.EqualTo(role.Name), "nothing is half-written locally");

        await ReconcileAsync();

        var remote = await App.Client.GetAsync<StormpathGroup>(new Uri(role.GroupHref!));
        Assert.That(remote?.Name, Is.EqualTo(RemoteWriteHappened(crash) ? renamed : role.Name));
        Assert.That((await MirrorRoleAsync(role.Id))?.Name, Is.EqualTo(remote!.Name));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task DeleteRole_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var role = await CreateRoleAsync();
        Arm(crash, HttpMethod.Delete, new Uri(role.GroupHref!).AbsolutePath);

        var failure = await RunAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<StormpathRole>>();
            await roles.DeleteAsync((await roles.FindByIdAsync(role.Id))!);
        });

        AssertFailed(failure, crash);
        Assert.That(await MirrorRoleAsync(role.Id), Is.Not.Null);

        await ReconcileAsync();

        var remote = await App.Client.GetAsync<StormpathGroup>(new Uri(role.GroupHref!));
        Assert.That(remote is null, Is.EqualTo(RemoteWriteHappened(crash)));
        Assert.That(await MirrorRoleAsync(role.Id) is null, Is.EqualTo(remote is null));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task RemoveFromRole_AtEveryCrashPoint_IsCompletedByReconciliation([Values] CrashPoint crash)
    {
        var created = await CreateUserAsync("crashleave");
        var role = await CreateRoleAsync();
        Assert.That(await RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StormpathUser>>();
            Assert.That((await users.AddToRoleAsync((await users.FindByIdAsync(created.Id))!, role.Name!)).Succeeded, Is.True);
        }), Is.Null);
        Arm(crash, HttpMethod.Delete, "/groupMemberships/");

        var failure = await RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StormpathUser>>();
            await users.RemoveFromRoleAsync((await users.FindByIdAsync(created.Id))!, role.Name!);
        });

        AssertFailed(failure, crash);

        await ReconcileAsync();

        var remote = new List<string>();
        await foreach (var group in App.Client.EnumerateAsync<StormpathGroup>(new Uri(created.AccountHref + "/groups")))
        {
            remote.Add(group.Name!);
        }

        await using var check = App.CreateScope();
        var checkUsers = check.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        Assert.That(remote, Is.EqualTo(RemoteWriteHappened(crash) ? Array.Empty<string>() : new[] { role.Name }));
        Assert.That(await checkUsers.GetRolesAsync((await checkUsers.FindByIdAsync(created.Id))!), Is.EquivalentTo(remote));
        Assert.That(await PendingCountAsync(), Is.Zero);
    }

    [Test]
    public async Task RemoteRefusal_LeavesNoPendingChangeAndNothingToReconcile()
    {
        var existing = await CreateUserAsync();
        await using (var scope = App.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            var result = await users.CreateAsync(new StormpathUser { UserName = NewIdentity().UserName, Email = existing.Email }, Password);
            Assert.That(result.Succeeded, Is.False);
        }

        Assert.That(await PendingCountAsync(), Is.Zero);
        Assert.That(await ReconcileAsync(), Is.Zero);
    }
}
