using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite without starting the server.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<StormpathServerDbContext>
{
    public StormpathServerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<StormpathServerDbContext>()
            .UseSqlite("Data Source=design-time.db", b => b.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new StormpathServerDbContext(options);
    }
}
