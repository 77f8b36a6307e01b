using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Stormpath.Identity;

namespace Stormpath.Identity.Migrations.SqlServer;

/// <summary>
/// Creates the context for <c>dotnet ef</c>. The connection string comes from <c>--connection</c>, else from the
/// <c>STORMPATH_IDENTITY_CONNECTION</c> environment variable, else a local default (enough to add a migration).
/// </summary>
internal sealed class StormpathIdentityDesignTimeFactory : IDesignTimeDbContextFactory<StormpathIdentityDbContext>
{
    internal const string DefaultConnectionString = "Server=localhost;Database=StormpathIdentity;Trusted_Connection=True;TrustServerCertificate=True";

    public StormpathIdentityDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("STORMPATH_IDENTITY_CONNECTION") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultConnectionString;
        var options = new DbContextOptionsBuilder<StormpathIdentityDbContext>();
        options.UseStormpathIdentitySqlServer(connectionString);
        return new StormpathIdentityDbContext(options.Options);
    }
}
