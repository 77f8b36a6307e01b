using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Stormpath.Client;

namespace Stormpath.Identity.Tests;

/// <summary>
/// An application as an author would wire it: <c>AddIdentity().AddStormpathStores()</c>, the mirror on a database of its
/// own, the client pointed at a <see cref="TestDirectory"/>; plus a request log and fault switches for the tests.
/// </summary>
public sealed class IdentityHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private IdentityHost(ServiceProvider services, RequestLog requests, LocalSaveFault saveFault, FakeTimeProvider time)
    {
        _services = services;
        Requests = requests;
        SaveFault = saveFault;
        Time = time;
    }

    public RequestLog Requests { get; }

    public LocalSaveFault SaveFault { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public static async Task<IdentityHost> StartAsync(
        TestDirectory directory,
        MirrorProvider provider,
        string connectionString,
        Action<IdentityOptions>? identity = null,
        IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = directory.Provisioning.ApplicationHref.AbsoluteUri,
            ["Stormpath:Client:BaseUrl"] = directory.BaseUrl.AbsoluteUri,
            ["Stormpath:Client:ApiKeyId"] = directory.Provisioning.ApiKeyId,
            ["Stormpath:Client:ApiKeySecret"] = directory.Provisioning.ApiKeySecret,
            ["Stormpath:Client:MaxRetries"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var requests = new RequestLog();
        var saveFault = new LocalSaveFault();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddDataProtection();
        services.AddDbContext<StormpathIdentityDbContext>(o => o.Use(provider, connectionString).AddInterceptors(saveFault));
        services.AddIdentity<StormpathUser, StormpathRole>(options =>
            {
                // Loose local rules, so the directory's own password policy can be seen refusing passwords.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredLength = 4;
                options.Password.RequiredUniqueChars = 1;
                identity?.Invoke(options);
            })
            .AddDefaultTokenProviders()
            .AddStormpathStores();
        services.AddHttpClient("Stormpath.Client").AddHttpMessageHandler(() => new RecordingHandler(requests));

        var provider1 = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (var scope = provider1.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Database.MigrateAsync();
        }

        return new IdentityHost(provider1, requests, saveFault, time);
    }

    /// <summary>One request's worth of services, with an HTTP context for the sign-in manager.</summary>
    public AsyncServiceScope CreateScope()
    {
        var scope = _services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<StormpathUser>>();
        signIn.Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return scope;
    }

    /// <summary>The Stormpath client, to act on the directory directly, as another application would.</summary>
    public IStormpathClient Client => _services.GetRequiredService<IStormpathClient>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
