using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Stormpath.Identity;

namespace Stormpath.Identity.Migrations.Sqlite;

/// <summary>
/// Creates the context for <c>dotnet ef</c>. The connection string comes from <c>--connection</c>, else from the
/// <c>STORMPATH_IDENTITY_CONNECTION</c> environment variable, else a local default (enough to add a migration).
/// </summary>
internal sealed class StormpathIdentityDesignTimeFactory : IDesignTimeDbContextFactory<StormpathIdentityDbContext>
{
    internal const string DefaultConnectionString = "Data Source=stormpath-identity.db";

    public StormpathIdentityDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("STORMPATH_IDENTITY_CONNECTION") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultConnectionString;
        var options = new DbContextOptionsBuilder<StormpathIdentityDbContext>();
        options.UseStormpathIdentitySqlite(connectionString);
        return new StormpathIdentityDbContext(options.Options);
    }
}
