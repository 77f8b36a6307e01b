using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

[TestFixture(MirrorProvider.Sqlite)]
[TestFixture(MirrorProvider.PostgreSql)]
public sealed class StormpathUserStoreConcurrencyTests(MirrorProvider provider) : IdentityFixture(provider)
{
    [Test]
    public async Task FiftyParallelRegistrationsWithOneEmail_MakeOneAccountInBothStores_AndTheRestDuplicateEmail()
    {
        var email = NewIdentity("race").Email;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            await using var scope = App.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            return await users.CreateAsync(new StormpathUser { UserName = $"{NewIdentity("racer").UserName}-{i}", Email = email }, Password);
        }));

        Assert.That(results.Count(r => r.Succeeded), Is.EqualTo(1));
        Assert.That(results.Where(r => !r.Succeeded).Select(r => string.Join(",", r.Errors.Select(e => e.Code))), Is.All.EqualTo("DuplicateEmail"));

        var query = new StormpathQuery();
        query.Filters["email"] = email;
        var remote = await App.Client.GetPageAsync<StormpathAccount>(new Uri(Directory.Provisioning.ApplicationHref.AbsoluteUri + "/accounts"), query);
        Assert.That(remote.Size, Is.EqualTo(1));
        await using var check = App.CreateScope();
        var context = check.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>();
        var rows = await context.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant()).ToListAsync();
        Assert.That(rows.Select(r => r.AccountHref), Is.EqualTo(new[] { remote.Items[0].Href.AbsoluteUri }));
        Assert.That(await context.StormpathPendingChanges.CountAsync(), Is.Zero);
    }
}
