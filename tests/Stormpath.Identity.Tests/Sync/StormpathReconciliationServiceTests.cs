using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Stormpath.Identity.Tests.Sync;

/// <summary>The background service completes broken writes without the application calling the synchronizer.</summary>
[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathReconciliationServiceTests(MirrorProvider provider) : IdentityFixture(provider)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(3);

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Stormpath:ReconcileInterval"] = Interval.ToString(),
    };

    [Test]
    public async Task Service_PendingChangesBeforeStartAndAfterAnInterval_CompletesBoth()
    {
        var before = await BreakAProfileUpdateAsync("Before");
        Assert.That(await PendingCountAsync(), Is.EqualTo(1));

        var service = App.Services.GetServices<IHostedService>().OfType<StormpathReconciliationService>().Single();
        await service.StartAsync(CancellationToken.None);
        try
        {
            // The first round runs at start.
            await WaitForNoPendingChangesAsync();
            Assert.That((await MirrorUserAsync(before.Id))!.GivenName, Is.EqualTo("Before"));

            // A write that breaks later waits for the next interval: not completed before it, completed after it.
            var after = await BreakAProfileUpdateAsync("After");
            Assert.That(await PendingCountAsync(), Is.EqualTo(1));
            App.Time.Advance(Interval);
            await WaitForNoPendingChangesAsync();
            Assert.That((await MirrorUserAsync(after.Id))!.GivenName, Is.EqualTo("After"));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Test]
    public void Registration_AddStormpathStoresTwice_RegistersTheServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddIdentityCore<StormpathUser>().AddStormpathStores().AddStormpathStores();
        Assert.That(services.Count(d => d.ImplementationType == typeof(StormpathReconciliationService)), Is.EqualTo(1));
    }

    /// <summary>Changes the given name with the local save failing after Stormpath accepted the change.</summary>
    private async Task<StormpathUser> BreakAProfileUpdateAsync(string givenName)
    {
        var created = await CreateUserAsync("background");
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = (await users.FindByIdAsync(created.Id))!;
        user.GivenName = givenName;
        App.SaveFault.Armed = true;
        Assert.That(async () => await users.UpdateAsync(user), Throws.InstanceOf<DbUpdateException>());
        return created;
    }

    private async Task WaitForNoPendingChangesAsync()
    {
        // A bounded wait for the background round, not a timing assertion: the round itself takes what it takes.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await PendingCountAsync() > 0)
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    private async Task<int> PendingCountAsync()
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().StormpathPendingChanges.CountAsync();
    }

    private async Task<StormpathUser?> MirrorUserAsync(string id)
    {
        await using var scope = App.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
    }
}
