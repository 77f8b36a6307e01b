using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Stormpath.Identity.Tests.Data;

/// <summary>An application that keeps its own Identity context and applies the Stormpath model to it.</summary>
[TestFixture]
public sealed class StormpathModelBuilderExtensionsTests
{
    private sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<StormpathUser, StormpathRole, string>(options)
    {
        public DbSet<Note> Notes { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.ApplyStormpathIdentityModel();
        }
    }

    private sealed class Note
    {
        public int Id { get; set; }

        public string Text { get; set; } = string.Empty;
    }

    [Test]
    public async Task AddStormpathStoresOfTheAppContext_CreatesAndSignsInThroughStormpath()
    {
        await using var directory = await TestDirectory.StartAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = directory.Provisioning.ApplicationHref.AbsoluteUri,
            ["Stormpath:Client:BaseUrl"] = directory.BaseUrl.AbsoluteUri,
            ["Stormpath:Client:ApiKeyId"] = directory.Provisioning.ApiKeyId,
            ["Stormpath:Client:ApiKeySecret"] = directory.Provisioning.ApiKeySecret,
        }).Build());
        services.AddLogging();
        var database = TestDatabases.CreateSqlite("appcontext");
        services.AddDbContext<AppDbContext>(o => o.UseSqlite(database));
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores<AppDbContext>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreatedAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        signIn.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };

        var created = await users.CreateAsync(new StormpathUser { UserName = "amy", Email = "amy@example.test" }, "Passw0rd-Good");
        var signedIn = await signIn.PasswordSignInAsync("amy", "Passw0rd-Good", false, false);

        Assert.That(created.Succeeded, Is.True, string.Join(", ", created.Errors.Select(e => e.Code)));
        Assert.That(signedIn.Succeeded, Is.True);
        var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking().SingleAsync();
        Assert.That(row.AccountHref, Is.Not.Null);
        Assert.That(row.PasswordHash, Is.Null);
    }
}
