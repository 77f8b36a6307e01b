using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Stormpath.Identity.Tests;

/// <summary>
/// The base of every fixture that goes through Identity: a directory server and a mirror database of its own, on the
/// provider the concrete fixture names, so the same behaviour is written once and run on SQLite and PostgreSQL.
/// </summary>
public abstract class IdentityFixture(MirrorProvider provider)
{
    protected const string Password = "Passw0rd-Good";

    protected MirrorProvider Provider { get; } = provider;

    protected TestDirectory Directory { get; private set; } = null!;

    protected IdentityHost App { get; private set; } = null!;

    protected string MirrorConnectionString { get; private set; } = null!;

    protected virtual Action<IdentityOptions>? ConfigureIdentity => null;

    protected virtual IDictionary<string, string?>? Settings => null;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Directory = await TestDirectory.StartAsync();
        MirrorConnectionString = await Provider.CreateDatabaseAsync(GetType().Name.ToLowerInvariant());
        App = await IdentityHost.StartAsync(Directory, Provider, MirrorConnectionString, ConfigureIdentity, Settings);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Directory is not null)
        {
            await Directory.DisposeAsync();
        }
    }

    /// <summary>A user name and email no other test uses.</summary>
    protected static (string UserName, string Email) NewIdentity(string prefix = "user")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return ($"{prefix}-{id}", $"{prefix}-{id}@example.test");
    }

    /// <summary>Creates a user with a password through <see cref="UserManager{TUser}"/> and returns its id.</summary>
    protected async Task<StormpathUser> CreateUserAsync(string prefix = "user", string password = Password)
    {
        var (userName, email) = NewIdentity(prefix);
        await using var scope = App.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var user = new StormpathUser { UserName = userName, Email = email, GivenName = "Rose", Surname = "Tyler" };
        var result = await users.CreateAsync(user, password);
        Assert.That(result.Succeeded, Is.True, string.Join(", ", result.Errors.Select(e => e.Code)));
        return user;
    }
}
