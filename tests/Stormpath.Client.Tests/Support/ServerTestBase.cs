using Stormpath.Server;

namespace Stormpath.Client.Tests.Support;

/// <summary>
/// Starts a real Stormpath.Server on a loopback port for one fixture, with its own SQLite database, provisions a
/// tenant, application and directory, and gives the tests clients signed with SAuthc1 and with Basic.
/// </summary>
public abstract class ServerTestBase
{
    private string _folder = null!;

    protected StormpathServerHost Host { get; private set; } = null!;

    protected StormpathProvisioning Provisioning { get; private set; } = null!;

    /// <summary>Gets a client that signs with SAuthc1, the default.</summary>
    protected TestClient Sp { get; private set; } = null!;

    protected Uri ApplicationHref => new(Provisioning.ApplicationHref.ToString());

    protected Uri DirectoryHref => new(Provisioning.DirectoryHref.ToString());

    protected Uri DirectoryAccounts => new(DirectoryHref.AbsoluteUri.TrimEnd('/') + "/accounts");

    protected Uri DirectoryGroups => new(DirectoryHref.AbsoluteUri.TrimEnd('/') + "/groups");

    protected Uri ApplicationAccounts => new(ApplicationHref.AbsoluteUri.TrimEnd('/') + "/accounts");

    protected string EmailFolder => Path.Combine(_folder, "mail");

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        _folder = Directory.CreateTempSubdirectory("stormpath-client-it-").FullName;
        Directory.CreateDirectory(EmailFolder);
        try
        {
            Host = await StormpathServerHost.StartAsync(new StormpathServerOptions
            {
                DatabaseProvider = "Sqlite",
                ConnectionString = $"Data Source={Path.Combine(_folder, "directory.db")}",
                Port = 0,
                EmailPickupDirectory = EmailFolder,
                BcryptWorkFactor = 4,
            });
            Provisioning = await Host.ProvisionAsync();
        }
        catch (Exception e)
        {
            Assert.Fail($"Stormpath.Server did not start on a loopback port with SQLite in {_folder}: {e.Message}. "
                + "Build src/Stormpath.Server and check that its SQLite migrations are present.");
        }

        Sp = CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (Sp is not null)
        {
            await Sp.DisposeAsync();
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    protected TestClient CreateClient(Action<StormpathClientOptions>? configure = null, Uri? baseUrl = null) =>
        TestClient.Create(baseUrl ?? Host.BaseUrl, Provisioning.ApiKeyId, Provisioning.ApiKeySecret, configure);

    protected static string UniqueEmail(string name = "user") => $"{name}-{Guid.NewGuid():N}@example.test";

    protected const string Password = "Bad-Wolf-2005!x";

    protected Task<StormpathAccount> CreateAccountAsync(string? email = null, string password = Password, TestClient? client = null) =>
        (client ?? Sp).Client.CreateAccountAsync(
            DirectoryAccounts,
            new StormpathAccountCreateRequest { Email = email ?? UniqueEmail(), Password = password, GivenName = "Rose", Surname = "Tyler" },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false });
}
