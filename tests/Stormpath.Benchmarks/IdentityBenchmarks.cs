using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stormpath.Client;
using Stormpath.Identity;

namespace Stormpath.Benchmarks;

/// <summary>
/// The stores' cost: requests to Stormpath per <c>PasswordSignInAsync</c> with a warm and a cold mirror, sign-ins
/// through the stores against the bare <c>loginAttempts</c> call through the client, and mirror reads
/// (<c>FindByIdAsync</c>, <c>GetRolesAsync</c>) against the stock EF Core Identity store on the same database.
/// </summary>
internal static class IdentityBenchmarks
{
    private const int WorkFactor = 4;
    private const string Password = "Bench-Passw0rd!";

    public static async Task RunAsync(BenchSettings settings)
    {
        Report.Heading($"Stormpath.Identity (SQLite mirror, bcrypt work factor {WorkFactor}, {settings.Workers} workers)");
        await using var directory = await BenchDirectory.StartAsync(WorkFactor);
        var mirror = Path.Combine(Path.GetTempPath(), $"stormpath-bench-mirror-{Guid.NewGuid():N}.db");
        var counter = new RequestCounter();
        await using var services = await BuildAppAsync(directory, $"Data Source={mirror}", counter);
        try
        {
            await RequestsPerSignInAsync(services, counter);
            await SignInThroughputAsync(settings, services, directory);
            await MirrorReadsAsync(settings, services);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(mirror);
        }
    }

    private static async Task RequestsPerSignInAsync(ServiceProvider services, RequestCounter counter)
    {
        const int Users = 20;
        var client = services.GetRequiredService<IStormpathClient>();
        var application = await client.GetAsync<StormpathApplication>(
            new Uri(services.GetRequiredService<IConfiguration>()["Stormpath:ApplicationHref"]!))
            ?? throw new InvalidOperationException("The benchmark's application is missing.");

        // Cold: the accounts exist only in Stormpath, created there as another application would.
        var emails = new List<string>();
        for (var i = 0; i < Users; i++)
        {
            var email = $"cold{i}@bench.example.test";
            await client.CreateAccountAsync(application.Accounts!.Href,
                new StormpathAccountCreateRequest { Email = email, Password = Password, GivenName = "Cold", Surname = "Start" },
                new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false });
            emails.Add(email);
        }

        var before = counter.Count;
        foreach (var email in emails)
        {
            await SignInAsync(services, email);
        }

        var cold = (double)(counter.Count - before) / Users;

        before = counter.Count;
        foreach (var email in emails)
        {
            await SignInAsync(services, email);
        }

        var warm = (double)(counter.Count - before) / Users;
        Report.Figure("requests to Stormpath per PasswordSignInAsync, cold mirror", cold, "requests");
        Report.Figure("requests to Stormpath per PasswordSignInAsync, warm mirror", warm, "requests");
    }

    private static async Task SignInThroughputAsync(BenchSettings settings, ServiceProvider services, BenchDirectory directory)
    {
        const string Email = "throughput@bench.example.test";
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            var created = await users.CreateAsync(new StormpathUser { UserName = Email, Email = Email, EmailConfirmed = true }, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The benchmark could not register its user: " + created.Errors.First().Code);
            }
        }

        await SignInAsync(services, Email);
        var client = services.GetRequiredService<IStormpathClient>();
        var application = directory.Provisioning.ApplicationHref;
        var results = await Measurement.InterleavedAsync(
            settings,
            ("IStormpathClient.AuthenticateAsync (bare loginAttempts)", async ct =>
                await client.AuthenticateAsync(application, Email, Password, cancellationToken: ct), settings.Workers),
            ("SignInManager.PasswordSignInAsync (warm mirror)", _ => SignInAsync(services, Email), settings.Workers));
        Report.Line(results[0]);
        Report.Line(results[1]);
        Report.Ratio("PasswordSignInAsync / bare loginAttempts", results[1].PerSecond / results[0].PerSecond,
            "1.0 = the stores add nothing to the remote check");
    }

    private static async Task MirrorReadsAsync(BenchSettings settings, ServiceProvider services)
    {
        string userId;
        await using (var scope = services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();
            var user = await users.FindByEmailAsync("throughput@bench.example.test")
                ?? throw new InvalidOperationException("The benchmark's user is missing from the mirror.");
            foreach (var name in new[] { "Readers", "Writers", "Editors" })
            {
                if (!await roles.RoleExistsAsync(name))
                {
                    await roles.CreateAsync(new StormpathRole(name));
                }

                await users.AddToRoleAsync(user, name);
            }

            userId = user.Id;
        }

        async Task<StormpathUser> FindWithStormpathStore(IServiceProvider scoped) =>
            await scoped.GetRequiredService<IUserStore<StormpathUser>>().FindByIdAsync(userId, CancellationToken.None)
            ?? throw new InvalidOperationException("FindByIdAsync found nothing.");

        async Task<StormpathUser> FindWithStockStore(IServiceProvider scoped)
        {
            using var store = new UserStore<StormpathUser, StormpathRole, StormpathIdentityDbContext>(
                scoped.GetRequiredService<StormpathIdentityDbContext>());
            return await store.FindByIdAsync(userId, CancellationToken.None)
                ?? throw new InvalidOperationException("FindByIdAsync found nothing.");
        }

        var results = await Measurement.InterleavedAsync(
            settings,
            ("stock EF UserStore.FindByIdAsync", async _ =>
            {
                await using var scope = services.CreateAsyncScope();
                await FindWithStockStore(scope.ServiceProvider);
            }, settings.Workers),
            ("StormpathUserStore.FindByIdAsync", async _ =>
            {
                await using var scope = services.CreateAsyncScope();
                await FindWithStormpathStore(scope.ServiceProvider);
            }, settings.Workers),
            ("stock EF UserStore.GetRolesAsync", async _ =>
            {
                await using var scope = services.CreateAsyncScope();
                using var store = new UserStore<StormpathUser, StormpathRole, StormpathIdentityDbContext>(
                    scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>());
                var user = await store.FindByIdAsync(userId, CancellationToken.None);
                await store.GetRolesAsync(user!, CancellationToken.None);
            }, settings.Workers),
            ("StormpathUserStore.GetRolesAsync", async _ =>
            {
                await using var scope = services.CreateAsyncScope();
                var store = (IUserRoleStore<StormpathUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StormpathUser>>();
                var user = await store.FindByIdAsync(userId, CancellationToken.None);
                await store.GetRolesAsync(user!, CancellationToken.None);
            }, settings.Workers));
        foreach (var result in results)
        {
            Report.Line(result);
        }

        Report.Ratio("FindByIdAsync, Stormpath / stock EF", results[1].PerSecond / results[0].PerSecond, "1.0 = as fast as the stock store");
        Report.Ratio("GetRolesAsync, Stormpath / stock EF", results[3].PerSecond / results[2].PerSecond, "1.0 = as fast as the stock store");
    }

    private static async Task SignInAsync(ServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        signIn.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var result = await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark's sign-in of {email} failed.");
        }
    }

    private static async Task<ServiceProvider> BuildAppAsync(BenchDirectory directory, string mirror, RequestCounter counter)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = directory.Provisioning.ApplicationHref.AbsoluteUri,
            ["Stormpath:Client:BaseUrl"] = directory.Host.BaseUrl.AbsoluteUri,
            ["Stormpath:Client:ApiKeyId"] = directory.Provisioning.ApiKeyId,
            ["Stormpath:Client:ApiKeySecret"] = directory.Provisioning.ApiKeySecret,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection();
        services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite(mirror));
        services.AddIdentity<StormpathUser, StormpathRole>().AddDefaultTokenProviders().AddStormpathStores();
        services.AddHttpClient("Stormpath.Client").AddHttpMessageHandler(counter.CreateHandler);
        var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Database.MigrateAsync();
        return provider;
    }
}
