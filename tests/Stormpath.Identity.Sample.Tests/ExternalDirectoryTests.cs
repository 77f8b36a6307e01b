using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Stormpath.Client;
using Stormpath.Identity.Sample.Hosting;
using Stormpath.Identity.Sample.Tests.Infrastructure;
using Stormpath.Server;

namespace Stormpath.Identity.Sample.Tests;

/// <summary>
/// The same app on a Stormpath.Server it did not start and a PostgreSQL mirror, by configuration alone: the settings
/// the README gives, on the command line.
/// </summary>
public class ExternalDirectoryTests : SampleBrowserTest
{
    private StormpathServerHost? _server;
    private string _mirrorConnectionString = "";
    private string _database = "";

    [Test]
    public async Task Register_OnAnExternalDirectoryWithAPostgreSqlMirror_ConfirmsSignsInAndWritesBoth()
    {
        var email = NewEmail("external");
        var page = await OpenBrowserAsync();

        await page.RegisterAndConfirmAsync(Mailbox, email, Password);
        await page.SignInAsync(email, Password);

        var account = await RemoteDirectory.AccountAsync(email);
        await using var mirror = new NpgsqlConnection(_mirrorConnectionString);
        await mirror.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT "AccountHref" FROM "AspNetUsers" WHERE "NormalizedEmail" = @email""", mirror);
        query.Parameters.AddWithValue("email", email.ToUpperInvariant());
        var mirroredHref = await query.ExecuteScalarAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Sample.EmbeddedDirectory, Is.Null, "the sample started a directory of its own");
            Assert.That(File.Exists(Path.Combine(DataDirectory, "directory.db")), Is.False);
            Assert.That(File.Exists(Path.Combine(DataDirectory, "mirror.db")), Is.False);
            Assert.That(mirroredHref, Is.EqualTo(account.GetProperty("href").GetString()));
        });
    }

    private protected override async Task PrepareAsync(string dataDirectory)
    {
        var postgres = TestEnvironment.PostgresConnectionString;
        if (postgres is null)
        {
            Assert.Fail($"{TestEnvironment.PostgresVariable} is not set. Run the tests with build/test.sh, which starts a throwaway PostgreSQL and sets it.");
        }

        _database = $"sample_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        _mirrorConnectionString = new NpgsqlConnectionStringBuilder(postgres) { Database = _database, Pooling = false }.ConnectionString;

        // The directory's emails link to the app, so the app's port is chosen before either starts.
        var appUrl = ListenAddress.Resolve("http://127.0.0.1:0").Listen;
        PickupDirectory = Path.Combine(dataDirectory, "external-mail");
        _server = await StormpathServerHost.StartAsync(new StormpathServerOptions
        {
            DatabaseProvider = "Sqlite",
            ConnectionString = $"Data Source={Path.Combine(dataDirectory, "external-directory.db")}",
            Port = 0,
            EmailPickupDirectory = PickupDirectory,
            DataProtectionKeysDirectory = Path.Combine(dataDirectory, "external-keys"),
            DefaultLinkBaseUrl = $"{appUrl}/Account/EmailLink",
        });
        var provisioning = await _server.ProvisionAsync();

        // What an operator does once for a directory whose users must confirm their address.
        await using (var services = new ServiceCollection()
            .AddStormpathClient(client =>
            {
                client.BaseUrl = _server.BaseUrl;
                client.ApiKeyId = provisioning.ApiKeyId;
                client.ApiKeySecret = provisioning.ApiKeySecret;
            })
            .BuildServiceProvider())
        {
            await VerificationEmailPolicy.EnableAsync(services.GetRequiredService<IStormpathClient>(), provisioning.DirectoryHref, CancellationToken.None);
        }
        RemoteDirectory = new DirectoryReader(provisioning.ApplicationHref, provisioning.ApiKeyId, provisioning.ApiKeySecret);

        ExtraArguments =
        [
            "--urls", appUrl,
            "--Sample:Directory:Mode", "External",
            "--Stormpath:ApplicationHref", provisioning.ApplicationHref.AbsoluteUri,
            "--Stormpath:Client:BaseUrl", _server.BaseUrl.AbsoluteUri,
            "--Stormpath:Client:ApiKeyId", provisioning.ApiKeyId,
            "--Stormpath:Client:ApiKeySecret", provisioning.ApiKeySecret,
            "--Sample:Mirror:Provider", "PostgreSql",
            "--Sample:Mirror:ConnectionString", _mirrorConnectionString,
        ];
    }

    private protected override async Task CleanUpAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (TestEnvironment.PostgresConnectionString is { } postgres && _database.Length > 0)
        {
            await using var admin = new NpgsqlConnection(postgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
