using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;
using Stormpath.Identity;

namespace Stormpath.Benchmarks;

/// <summary>
/// The Identity stores' cost: requests to Stormpath per <c>PasswordSignInAsync</c> (warm and cold mirror), sign-in
/// through the stores against the bare <c>loginAttempts</c> call through the client, and mirror reads against the
/// stock EF Identity stores on the same database.
/// </summary>
internal static class IdentityBenchmarks
{
    private const int WorkFactor = 4;
    private const string Password = "Bench-Passw0rd!";
    private const int ColdSignIns = 20;

    public static async Task RunAsync(BenchSettings settings)
    {
        Report.Heading($"Stormpath.Identity (PasswordSignInAsync, mirror on SQLite, bcrypt work factor {WorkFactor}, {settings.Workers} workers)");
        await using var directory = await BenchDirectory.StartAsync(WorkFactor);
        var mirror = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("stormpath-bench-mirror-").FullName, "mirror.db")}";
        var requests = new RequestCounter();
        await using var stormpath = BuildStormpathApp(directory, mirror, requests);
        await using var stock = BuildStockApp(mirror);
        await using (var scope = stormpath.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Database.MigrateAsync();
        }

        var user = await CreateUserAsync(stormpath, "bench.identity", "bench.identity@example.test");
        await AddRoleAsync(stormpath, user, "bench-role");
        var client = stormpath.GetRequiredService<IStormpathClient>();
        var application = directory.Provisioning.ApplicationHref;

        // Requests per sign-in, warm mirror: the row is current, so only the login attempt goes out.
        await SignInAsync(stormpath, user.UserName!);
        requests.Reset();
        for (var i = 0; i < ColdSignIns; i++)
        {
            await SignInAsync(stormpath, user.UserName!);
        }

        Report.Figure("requests to Stormpath per PasswordSignInAsync, warm mirror", (double)requests.Count / ColdSignIns, "requests");

        // Cold mirror: accounts only Stormpath knows; each sign-in looks the account up and imports it.
        var accounts = new Uri(application + "/accounts");
        var cold = new List<string>();
        for (var i = 0; i < ColdSignIns; i++)
        {
            var name = $"bench.cold.{i}";
            await client.CreateAccountAsync(accounts, new StormpathAccountCreateRequest { Email = $"{name}@example.test", Username = name, Password = Password });
            cold.Add(name);
        }

        requests.Reset();
        foreach (var name in cold)
        {
            await SignInAsync(stormpath, name);
        }

        Report.Figure("requests to Stormpath per PasswordSignInAsync, cold mirror", (double)requests.Count / ColdSignIns, "requests");

        var signIns = await Measurement.InterleavedAsync(
            settings,
            ("IStormpathClient.AuthenticateAsync (bare loginAttempts)", async ct => await client.AuthenticateAsync(application, user.UserName!, Password, cancellationToken: ct), settings.Workers),
            ("SignInManager.PasswordSignInAsync through the stores", async _ => await SignInAsync(stormpath, user.UserName!), settings.Workers));
        foreach (var result in signIns)
        {
            Report.Line(result);
        }

        Report.Ratio("stores sign-in / bare loginAttempts", signIns[1].PerSecond / signIns[0].PerSecond, "1.0 = the stores cost nothing over the remote check");

        var reads = await Measurement.InterleavedAsync(
            settings,
            ("FindByIdAsync, stock EF stores", async _ => await FindByIdAsync(stock, user.Id), settings.Workers),
            ("FindByIdAsync, Stormpath stores", async _ => await FindByIdAsync(stormpath, user.Id), settings.Workers),
            ("GetRolesAsync, stock EF stores", async _ => await GetRolesAsync(stock, user.Id), settings.Workers),
            ("GetRolesAsync, Stormpath stores", async _ => await GetRolesAsync(stormpath, user.Id), settings.Workers));
        foreach (var result in reads)
        {
            Report.Line(result);
        }

        Report.Ratio("FindByIdAsync Stormpath / stock", reads[1].PerSecond / reads[0].PerSecond, "1.0 = mirror reads cost what the EF stores cost");
        Report.Ratio("GetRolesAsync Stormpath / stock", reads[3].PerSecond / reads[2].PerSecond, "1.0 = mirror reads cost what the EF stores cost");
    }

    private static ServiceProvider BuildStormpathApp(BenchDirectory directory, string mirror, RequestCounter requests)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = directory.Provisioning.ApplicationHref.AbsoluteUri,
            ["Stormpath:Client:BaseUrl"] = directory.Host.BaseUrl.AbsoluteUri,
            ["Stormpath:Client:ApiKeyId"] = directory.Provisioning.ApiKeyId,
            ["Stormpath:Client:ApiKeySecret"] = directory.Provisioning.ApiKeySecret,
        }).Build());
        services.AddLogging();
        services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite(mirror));
        services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores();
        services.AddHttpClient("Stormpath.Client").AddHttpMessageHandler(() => new CountingHandler(requests));
        return services.BuildServiceProvider();
    }

    private static ServiceProvider BuildStockApp(string mirror)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite(mirror));
        services.AddIdentityCore<StormpathUser>().AddRoles<StormpathRole>().AddEntityFrameworkStores<StormpathIdentityDbContext>();
        return services.BuildServiceProvider();
    }

    private static async Task<StormpathUser> CreateUserAsync(ServiceProvider app, string userName, string email)
    {
        await using var scope = app.CreateAsyncScope();
        var user = new StormpathUser { UserName = userName, Email = email };
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>().CreateAsync(user, Password);
        return result.Succeeded ? user : throw new InvalidOperationException("The benchmark user could not be created: " + string.Join(", ", result.Errors.Select(e => e.Code)));
    }

    private static async Task AddRoleAsync(ServiceProvider app, StormpathUser user, string role)
    {
        await using var scope = app.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>().CreateAsync(new StormpathRole(role));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, role);
    }

    private static async Task SignInAsync(ServiceProvider app, string userName)
    {
        await using var scope = app.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        signIn.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var result = await signIn.PasswordSignInAsync(userName, Password, isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark sign-in of {userName} failed: {result}.");
        }
    }

    private static async Task FindByIdAsync(ServiceProvider app, string id)
    {
        await using var scope = app.CreateAsyncScope();
        _ = await scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>().FindByIdAsync(id)
            ?? throw new InvalidOperationException("The benchmark user is missing.");
    }

    private static async Task GetRolesAsync(ServiceProvider app, string id)
    {
        await using var scope = app.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var roles = await users.GetRolesAsync((await users.FindByIdAsync(id))!);
        if (roles.Count != 1)
        {
            throw new InvalidOperationException("The benchmark user lost its role.");
        }
    }

    private sealed class RequestCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);
    }

    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Increment();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
