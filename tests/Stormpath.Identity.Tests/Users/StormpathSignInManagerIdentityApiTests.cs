using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stormpath.Client;

namespace Stormpath.Identity.Tests.Users;

/// <summary>An application that maps Identity's API endpoints, served on a loopback port, signing in against the directory.</summary>
[TestFixture]
public sealed class StormpathSignInManagerIdentityApiTests
{
    private const string Password = "Passw0rd-Good";
    private TestDirectory _directory = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _directory = await TestDirectory.StartAsync();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Stormpath:ApplicationHref"] = _directory.Provisioning.ApplicationHref.AbsoluteUri,
            ["Stormpath:Client:BaseUrl"] = _directory.BaseUrl.AbsoluteUri,
            ["Stormpath:Client:ApiKeyId"] = _directory.Provisioning.ApiKeyId,
            ["Stormpath:Client:ApiKeySecret"] = _directory.Provisioning.ApiKeySecret,
        });
        var mirror = TestDatabases.CreateSqlite("identityapi");
        builder.Services.AddDbContext<StormpathIdentityDbContext>(o => o.UseStormpathIdentitySqlite(mirror));
        builder.Services.AddAuthorization();
        builder.Services.AddIdentityApiEndpoints<StormpathUser>().AddStormpathStores();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapIdentityApi<StormpathUser>();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StormpathIdentityDbContext>().Database.MigrateAsync();
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_directory is not null)
        {
            await _directory.DisposeAsync();
        }
    }

    private async Task<string> RegisterAsync(string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.test";
        var response = await _http.PostAsJsonAsync("/register", new { email, password = Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return email;
    }

    private async Task SetRemoteStatusAsync(string email, StormpathAccountStatus status)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>().FindByEmailAsync(email))!;
        await scope.ServiceProvider.GetRequiredService<IStormpathClient>().UpdateAccountAsync(new Uri(user.AccountHref!), new StormpathAccountUpdateRequest { Status = status });
    }

    private async Task<(HttpStatusCode Status, string Body)> LoginAsync(string email, string password)
    {
        var response = await _http.PostAsJsonAsync("/login", new { email, password });

        // The trace id differs per request by design; everything else must be identical.
        var body = Regex.Replace(await response.Content.ReadAsStringAsync(), "\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\"");
        return (response.StatusCode, body);
    }

    [Test]
    public async Task Register_ThenLogin_ReturnsABearerToken()
    {
        var email = await RegisterAsync("api");

        var (status, body) = await LoginAsync(email, Password);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Contain("accessToken"));
    }

    [Test]
    public async Task Login_UnknownWrongDisabledAndUnverified_AnswerExactlyTheSame()
    {
        var wrong = await RegisterAsync("wrong");
        var disabled = await RegisterAsync("disabled");
        var unverified = await RegisterAsync("unverified");
        await SetRemoteStatusAsync(disabled, StormpathAccountStatus.Disabled);
        await SetRemoteStatusAsync(unverified, StormpathAccountStatus.Unverified);

        var answers = new[]
        {
            await LoginAsync($"nobody-{Guid.NewGuid():N}@example.test", Password),
            await LoginAsync(wrong, "Wr0ng-Password"),
            await LoginAsync(disabled, Password),
            await LoginAsync(unverified, Password),
        };

        Assert.That(answers[0].Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(answers[0].Status));
        Assert.That(answers.Select(a => a.Body), Is.All.EqualTo(answers[0].Body));
    }
}
