using Stormpath.Server;

namespace Stormpath.Identity.Tests;

/// <summary>A Stormpath.Server of its own on a loopback port, with a provisioned tenant, application and directory.</summary>
public sealed class TestDirectory : IAsyncDisposable
{
    private TestDirectory(StormpathServerHost host, StormpathProvisioning provisioning, string folder)
    {
        Host = host;
        Provisioning = provisioning;
        Folder = folder;
    }

    public StormpathServerHost Host { get; }

    public StormpathProvisioning Provisioning { get; }

    public string Folder { get; }

    public Uri BaseUrl => Host.BaseUrl;

    public static async Task<TestDirectory> StartAsync()
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "directories", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var host = await StormpathServerHost.StartAsync(new StormpathServerOptions
        {
            DatabaseProvider = "Sqlite",
            ConnectionString = $"Data Source={Path.Combine(folder, "directory.db")}",
            Port = 0,
            EmailPickupDirectory = Path.Combine(folder, "mail"),
            BcryptWorkFactor = 4,
            LockoutThreshold = 1000,
        });
        var provisioning = await host.ProvisionAsync();
        return new TestDirectory(host, provisioning, folder);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
