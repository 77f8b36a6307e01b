using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Stormpath.Identity.Tests.DependencyInjection;

[TestFixture]
public sealed class StormpathIdentityBuilderExtensionsTests
{
    private static ServiceCollection NewServices(string? applicationHref = "http://127.0.0.1:1/v1/applications/app1")
    {
        var services = new ServiceCollection();
        var settings = new Dictionary<string, string?>
        {
            ["Stormpath:Client:BaseUrl"] = "http://127.0.0.1:1/v1/",
            ["Stormpath:Client:ApiKeyId"] = "KEYID",
            ["Stormpath:Client:ApiKeySecret"] = "SECRET",
        };
        if (applicationHref is not null)
        {
            settings["Stormpath:ApplicationHref"] = applicationHref;
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddDataProtection();
        services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite("Data Source=unused.db"));
        return services;
    }

    private static void AssertStormpathServices(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();
        Assert.That(scope.ServiceProvider.GetRequiredService<IUserStore<StormpathUser>>(), Is.TypeOf<StormpathUserStore>());
        Assert.That(scope.ServiceProvider.GetRequiredService<IRoleStore<StormpathRole>>(), Is.TypeOf<StormpathRoleStore>());
        Assert.That(scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>(), Is.TypeOf<StormpathUserManager>());
        Assert.That(scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>(), Is.TypeOf<StormpathSignInManager>());
        Assert.That(scope.ServiceProvider.GetRequiredService<IStormpathSynchronizer>(), Is.Not.Null);
    }

    [Test]
    public void AddIdentity_ThenAddStormpathStores_RegistersTheStormpathStoresAndManagers()
    {
        var services = NewServices();
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores();
        AssertStormpathServices(services);
    }

    [Test]
    public void AddIdentityCore_WithRolesAndSignInManager_ThenAddStormpathStores_RegistersTheStormpathStoresAndManagers()
    {
        var services = NewServices();
        services.AddAuthentication();
        services.AddIdentityCore<StormpathUser>().AddRoles<StormpathRole>().AddSignInManager().AddStormpathStores();
        AssertStormpathServices(services);
    }

    [Test]
    public void AddDefaultIdentity_ThenAddStormpathStores_RegistersTheStormpathStoresAndManagers()
    {
        var services = NewServices();
        services.AddDefaultIdentity<StormpathUser>().AddRoles<StormpathRole>().AddStormpathStores();
        AssertStormpathServices(services);
    }

    [Test]
    public void AddIdentityApiEndpoints_ThenAddStormpathStores_RegistersTheStormpathStoresAndManagers()
    {
        var services = NewServices();
        services.AddIdentityApiEndpoints<StormpathUser>().AddRoles<StormpathRole>().AddStormpathStores();
        AssertStormpathServices(services);
    }

    [Test]
    public void AddEntityFrameworkStores_BeforeOrAfter_YieldsToTheStormpathStores()
    {
        var before = NewServices();
        before.AddIdentity<StormpathUser, StormpathRole>().AddEntityFrameworkStores<StormpathIdentityDbContext>().AddStormpathStores();
        AssertStormpathServices(before);

        var after = NewServices();
        after.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores().AddEntityFrameworkStores<StormpathIdentityDbContext>();
        AssertStormpathServices(after);
    }

    [Test]
    public void AddStormpathStores_CalledTwice_RegistersEachServiceOnce()
    {
        var services = NewServices();
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores().AddStormpathStores();

        Assert.That(services.Count(d => d.ServiceType == typeof(IUserStore<StormpathUser>)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(UserManager<StormpathUser>)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(SignInManager<StormpathUser>)), Is.EqualTo(1));
        Assert.That(services.Count(d => d.ServiceType == typeof(IConfigureOptions<StormpathOptions>)), Is.EqualTo(1));
        AssertStormpathServices(services);
    }

    [Test]
    public void AddStormpathStores_WithAnotherUserType_ThrowsArgumentException()
    {
        var services = new ServiceCollection();
        var builder = services.AddIdentityCore<IdentityUser>();

        Assert.That(() => builder.AddStormpathStores(), Throws.ArgumentException.With.Message.Contains("StormpathUser"));
    }

    [Test]
    public void AddStormpathStores_OnAnAppContextWithoutTheModel_TellsHowToApplyIt()
    {
        var services = NewServices();
        services.AddDbContext<PlainIdentityContext>(o => o.UseSqlite("Data Source=unused.db"));
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores<PlainIdentityContext>();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.That(() => scope.ServiceProvider.GetRequiredService<IUserStore<StormpathUser>>(),
            Throws.InvalidOperationException.With.Message.Contains("ApplyStormpathIdentityModel"));
    }

    [Test]
    public void Options_BindFromTheStormpathSection()
    {
        var services = NewServices("http://127.0.0.1:1/v1/applications/fromsection");
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores();
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<StormpathOptions>>().Value.ApplicationHref, Is.EqualTo(new Uri("http://127.0.0.1:1/v1/applications/fromsection")));
    }

    [Test]
    public void Options_BindFromTheSdkEnvironmentVariable()
    {
        var previous = Environment.GetEnvironmentVariable("STORMPATH_APPLICATION_HREF");
        Environment.SetEnvironmentVariable("STORMPATH_APPLICATION_HREF", "http://127.0.0.1:1/v1/applications/fromenv");
        try
        {
            var services = NewServices(applicationHref: null);
            services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores();
            using var provider = services.BuildServiceProvider();

            Assert.That(provider.GetRequiredService<IOptions<StormpathOptions>>().Value.ApplicationHref, Is.EqualTo(new Uri("http://127.0.0.1:1/v1/applications/fromenv")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("STORMPATH_APPLICATION_HREF", previous);
        }
    }

    [TestCase(null, "STORMPATH_APPLICATION_HREF")]
    [TestCase("http://127.0.0.1:1/v1/directories/notanapp", "is not the absolute href of an application")]
    public async Task Start_WithoutAValidApplicationHref_FailsWithAMessageThatSaysHowToFixIt(string? href, string expected)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = href,
            ["Stormpath:Client:BaseUrl"] = "http://127.0.0.1:1/v1/",
            ["Stormpath:Client:ApiKeyId"] = "KEYID",
            ["Stormpath:Client:ApiKeySecret"] = "SECRET",
        });
        builder.Services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite("Data Source=unused.db"));
        builder.Services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();

        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.That(failure!.Message, Does.Contain(expected).And.Contain("Stormpath:ApplicationHref"));
    }

    private sealed class PlainIdentityContext(DbContextOptions<PlainIdentityContext> options)
        : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<StormpathUser, StormpathRole, string>(options);
}
