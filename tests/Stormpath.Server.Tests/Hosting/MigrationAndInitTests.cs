using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Server.Hosting;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tests.Hosting;

public sealed class MigrationAndInitTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Migrations_OnTheFixturesEmptyDatabase_AreAllAppliedAndNonePending()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StormpathServerDbContext>();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        var pending = await db.Database.GetPendingMigrationsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(applied, Is.Not.Empty);
            Assert.That(pending, Is.Empty);
            Assert.That(db.Database.GetMigrations(), Is.EqualTo(applied));
        });
    }

    [Test]
    public async Task Restart_OnTheSameDatabase_KeepsTheKeyAndTheData()
    {
        var account = await CreateAccountAsync();
        var options = new StormpathServerOptions
        {
            DatabaseProvider = Options.DatabaseProvider,
            ConnectionString = Options.ConnectionString,
            Port = 0,
            BcryptWorkFactor = 4,
            DataProtectionKeysDirectory = Options.DataProtectionKeysDirectory,
            EmailPickupDirectory = Options.EmailPickupDirectory,
        };
        await using var second = await StormpathServerHost.StartAsync(options, Clock, QuietLogging);
        Assert.That(await second.ProvisionAsync(), Is.EqualTo(Provisioning with
        {
            TenantHref = new Uri(second.BaseUrl, Provisioning.TenantHref.AbsolutePath),
            ApplicationHref = new Uri(second.BaseUrl, Provisioning.ApplicationHref.AbsolutePath),
            DirectoryHref = new Uri(second.BaseUrl, Provisioning.DirectoryHref.AbsolutePath),
        }));
        using var client = new HttpClient { BaseAddress = second.BaseUrl };
        client.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        using var response = await client.GetAsync(Href(account).Replace(Host.BaseUrl.ToString(), second.BaseUrl.ToString(), StringComparison.Ordinal));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
    }

    [Test]
    public void ApiKeyFile_WrittenTwice_IsOwnerOnlyAndUnchanged()
    {
        var path = Path.Combine(Database.Folder, "apiKey.properties");
        ServerCommand.WriteApiKeyFile(path, Provisioning);
        var written = File.GetLastWriteTimeUtc(path);
        ServerCommand.WriteApiKeyFile(path, Provisioning);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo($"apiKey.id = {Provisioning.ApiKeyId}\napiKey.secret = {Provisioning.ApiKeySecret}\n"));
            Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written));
            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
        });
    }

    [Test]
    public void StartAsync_InvalidProvider_ThrowsWithAFixItMessage()
    {
        var options = new StormpathServerOptions { DatabaseProvider = "Oracle" };
        Assert.That(async () => await StormpathServerHost.StartAsync(options),
            Throws.InvalidOperationException.With.Message.Contains("DatabaseProvider"));
    }
}
