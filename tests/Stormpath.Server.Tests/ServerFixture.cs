using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Stormpath.Server.Tests;

/// <summary>
/// The base of every server test fixture: a real <see cref="StormpathServerHost"/> on a loopback port with
/// its own database, run once per provider (SQLite and PostgreSQL), provisioned like <c>init</c>, and an
/// HttpClient authenticated with the tenant admin key.
/// </summary>
[TestFixtureSource(typeof(ServerFixture), nameof(Providers))]
public abstract class ServerFixture(string provider)
{
    public static readonly object[] Providers = ["Sqlite", "PostgreSql"];

    protected string Provider { get; } = provider;

    protected TestDatabase Database { get; private set; } = null!;

    protected StormpathServerHost Host { get; private set; } = null!;

    protected StormpathProvisioning Provisioning { get; private set; } = null!;

    /// <summary>Gets the server's clock; it starts at <see cref="ClockStart"/> and only moves forward.</summary>
    protected FakeTimeProvider Clock { get; private set; } = null!;

    /// <summary>Gets the instant the fixture's clock starts at; a fixture may start it in the past.</summary>
    protected virtual DateTimeOffset ClockStart => DateTimeOffset.UtcNow;

    protected HttpClient Client { get; private set; } = null!;

    protected StormpathServerOptions Options { get; private set; } = null!;

    protected string MailFolder => Path.Combine(Database.Folder, "mail");

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        Clock = new FakeTimeProvider(ClockStart);
        Database = await TestDatabase.CreateAsync(Provider);
        Options = new StormpathServerOptions
        {
            DatabaseProvider = Provider,
            ConnectionString = Database.ConnectionString,
            Port = 0,
            BcryptWorkFactor = 4,
            EmailPickupDirectory = Path.Combine(Database.Folder, "mail"),
            DataProtectionKeysDirectory = Path.Combine(Database.Folder, "keys"),
        };
        ConfigureOptions(Options);
        Host = await StormpathServerHost.StartAsync(Options, Clock, QuietLogging);
        Provisioning = await Host.ProvisionAsync();
        Client = CreateClient(Provisioning.ApiKeyId, Provisioning.ApiKeySecret);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        Client?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>Warnings and errors only: one Information line per request drowns the test output.</summary>
    protected static void QuietLogging(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);

    /// <summary>Lets a fixture change options before the server starts.</summary>
    protected virtual void ConfigureOptions(StormpathServerOptions options)
    {
    }

    protected HttpClient CreateClient(string? keyId, string? secret)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Host.BaseUrl };
        if (keyId is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{keyId}:{secret}")));
        }

        return client;
    }

    protected static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected Task<HttpResponseMessage> PostAsync(string href, JsonNode body) => Client.PostAsync(href, Json(body));

    protected static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new AssertionException($"Not a JSON object: {text}");
    }

    protected async Task<JsonObject> GetJsonAsync(string href, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Client.GetAsync(href);
        var json = await ReadAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expected), json.ToJsonString());
        return json;
    }

    protected async Task<JsonObject> PostJsonAsync(string href, JsonNode body, HttpStatusCode expected)
    {
        using var response = await PostAsync(href, body);
        var json = await ReadAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expected), json.ToJsonString());
        return json;
    }

    /// <summary>Asserts a Stormpath error body with the given status and code, and returns it.</summary>
    protected static async Task<JsonObject> AssertErrorAsync(HttpResponseMessage response, int status, int code)
    {
        var json = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), json.ToJsonString());
            Assert.That(json["status"]!.GetValue<int>(), Is.EqualTo(status));
            Assert.That(json["code"]!.GetValue<int>(), Is.EqualTo(code), json.ToJsonString());
            Assert.That(json["message"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(json["developerMessage"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(json["requestId"]!.GetValue<string>(), Is.EqualTo(response.Headers.GetValues("Stormpath-Request-Id").Single()));
        });
        return json;
    }

    protected string ApplicationHref => Provisioning.ApplicationHref.ToString();

    protected string DirectoryHref => Provisioning.DirectoryHref.ToString();

    protected static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>Creates an account in the provisioned directory with a policy-valid password.</summary>
    protected async Task<JsonObject> CreateAccountAsync(string? email = null, string password = "Passw0rd!", string? directoryHref = null, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["email"] = email ?? $"{Unique("user")}@example.test",
            ["password"] = password,
            ["givenName"] = "Test",
            ["surname"] = "User",
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return await PostJsonAsync($"{directoryHref ?? DirectoryHref}/accounts", body, HttpStatusCode.Created);
    }

    protected static string BasicValue(string login, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}"));

    protected Task<HttpResponseMessage> LoginAsync(string login, string password, string? query = null, JsonObject? accountStore = null)
    {
        var body = new JsonObject { ["type"] = "basic", ["value"] = BasicValue(login, password) };
        if (accountStore is not null)
        {
            body["accountStore"] = accountStore;
        }

        return PostAsync($"{ApplicationHref}/loginAttempts{query}", body);
    }

    protected static string Href(JsonNode? node) => node!["href"]!.GetValue<string>();

    /// <summary>Creates a directory of its own (for tests that count or search), and returns it.</summary>
    protected Task<JsonObject> CreateDirectoryAsync(string? name = null, string? query = null) =>
        PostJsonAsync($"/v1/directories{query}", new JsonObject { ["name"] = name ?? Unique("dir") }, HttpStatusCode.Created);

    /// <summary>Creates a group in a directory (the provisioned one by default), and returns it.</summary>
    protected Task<JsonObject> CreateGroupAsync(string? name = null, string? directoryHref = null, JsonObject? extra = null)
    {
        var body = new JsonObject { ["name"] = name ?? Unique("group") };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return PostJsonAsync($"{directoryHref ?? DirectoryHref}/groups", body, HttpStatusCode.Created);
    }

    /// <summary>Adds an account to a group through <c>/groupMemberships</c>, and returns the membership.</summary>
    protected Task<JsonObject> AddMembershipAsync(JsonObject account, JsonObject group) =>
        PostJsonAsync("/v1/groupMemberships", new JsonObject
        {
            ["account"] = new JsonObject { ["href"] = Href(account) },
            ["group"] = new JsonObject { ["href"] = Href(group) },
        }, HttpStatusCode.Created);

    protected async Task<HttpStatusCode> DeleteAsync(string href)
    {
        using var response = await Client.DeleteAsync(href);
        return response.StatusCode;
    }

    protected static IEnumerable<string> ItemHrefs(JsonObject page) => page["items"]!.AsArray().Select(Href);
}
