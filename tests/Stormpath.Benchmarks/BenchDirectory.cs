using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Stormpath.Server;

namespace Stormpath.Benchmarks;

/// <summary>An in-process Stormpath.Server on a loopback port with a throwaway SQLite database.</summary>
internal sealed class BenchDirectory : IAsyncDisposable
{
    private readonly string _folder;

    private BenchDirectory(string folder, StormpathServerHost host, StormpathProvisioning provisioning)
    {
        _folder = folder;
        Host = host;
        Provisioning = provisioning;
    }

    public StormpathServerHost Host { get; }

    public StormpathProvisioning Provisioning { get; }

    public static async Task<BenchDirectory> StartAsync(int workFactor)
    {
        var folder = Directory.CreateTempSubdirectory("stormpath-bench-").FullName;
        var host = await StormpathServerHost.StartAsync(new StormpathServerOptions
        {
            DatabaseProvider = "Sqlite",
            ConnectionString = $"Data Source={Path.Combine(folder, "directory.db")}",
            Port = 0,
            EmailPickupDirectory = Path.Combine(folder, "mail"),
            BcryptWorkFactor = workFactor,
        });
        var provisioning = await host.ProvisionAsync();
        return new BenchDirectory(folder, host, provisioning);
    }

    public HttpClient CreateBasicHttpClient()
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Provisioning.ApiKeyId}:{Provisioning.ApiKeySecret}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    /// <summary>Creates an enabled account in the provisioned directory and returns its href.</summary>
    public async Task<Uri> CreateAccountAsync(HttpClient http, string email, string password)
    {
        var uri = new Uri(Provisioning.DirectoryHref + "/accounts?registrationWorkflowEnabled=false");
        using var response = await http.PostAsJsonAsync(uri, new { email, password, givenName = "Bench", surname = "Mark" });
        EnsureSuccess(response, "account create");
        return response.Headers.Location ?? throw new InvalidOperationException("The account create answered without a Location.");
    }

    public static void EnsureSuccess(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The benchmark's {what} failed with HTTP {(int)response.StatusCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by SQLite's pool is removed with the temp folder later; nothing to report.
        }
    }
}
