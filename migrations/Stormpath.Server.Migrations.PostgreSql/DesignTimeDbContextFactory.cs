using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL without a running server (no connection is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StormpathServerDbContext>
{
    public StormpathServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<StormpathServerDbContext>()
            .UseNpgsql("Host=localhost;Database=stormpath_design_time", b => b.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new StormpathServerDbContext(options);
    }
}
