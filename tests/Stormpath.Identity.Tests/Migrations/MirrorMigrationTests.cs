using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Stormpath.Identity.Tests.Migrations;

[TestFixture]
public sealed class MirrorMigrationTests
{
    private static readonly string[] MirrorTables =
    [
        "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens",
        "AspNetRoleClaims", "AspNetUserPasskeys", "StormpathPendingChanges",
    ];

    private static StormpathIdentityDbContext CreateContext(Action<DbContextOptionsBuilder> configure)
    {
        var options = new DbContextOptionsBuilder<StormpathIdentityDbContext>();
        configure(options);
        return new StormpathIdentityDbContext(options.Options);
    }

    [TestCase(MirrorProvider.Sqlite)]
    [TestCase(MirrorProvider.PostgreSql)]
    public async Task DotnetEfDatabaseUpdate_CreatesEveryMirrorTable(MirrorProvider provider)
    {
        var connectionString = await provider.CreateDatabaseAsync("migrate");

        var (exitCode, output) = await Repository.DotnetEfAsync(
            new Dictionary<string, string> { ["STORMPATH_IDENTITY_CONNECTION"] = connectionString },
            "database", "update", "--no-build", "--configuration", Repository.Configuration,
            "--project", provider.MigrationsProject(), "--startup-project", provider.MigrationsProject());

        Assert.That(exitCode, Is.Zero, output);
        await using var context = CreateContext(o => o.Use(provider, connectionString));
        var applied = await context.Database.GetAppliedMigrationsAsync();
        Assert.That(applied, Is.EquivalentTo(context.Database.GetMigrations()));
        var tables = context.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().ToHashSet();
        Assert.That(tables, Is.SupersetOf(MirrorTables));
        // Every table exists and is readable through the model.
        var counts = new[]
        {
            await context.Users.CountAsync(), await context.Roles.CountAsync(), await context.UserRoles.CountAsync(),
            await context.UserClaims.CountAsync(), await context.UserLogins.CountAsync(), await context.UserTokens.CountAsync(),
            await context.RoleClaims.CountAsync(), await context.UserPasskeys.CountAsync(), await context.StormpathPendingChanges.CountAsync(),
        };
        Assert.That(counts, Is.All.Zero);
    }

    [TestCase(MirrorProvider.Sqlite)]
    [TestCase(MirrorProvider.PostgreSql)]
    public async Task Migrate_ThenSaveAUserWithPasskey_RoundTripsTheStormpathColumns(MirrorProvider provider)
    {
        var connectionString = await provider.CreateDatabaseAsync("roundtrip");
        await using (var context = CreateContext(o => o.Use(provider, connectionString)))
        {
            await context.Database.MigrateAsync();
            var user = new StormpathUser
            {
                UserName = "rose",
                NormalizedUserName = "ROSE",
                AccountHref = "http://127.0.0.1/v1/accounts/a1",
                GivenName = "Rose",
                AccountStatus = Stormpath.Client.StormpathAccountStatus.Disabled,
                RemoteModifiedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero),
                IsStaff = true,
            };
            context.Users.Add(user);
            context.UserPasskeys.Add(new IdentityUserPasskey<string>
            {
                CredentialId = [1, 2, 3],
                UserId = user.Id,
                Data = new IdentityPasskeyData { PublicKey = [4, 5], Name = "key", CreatedAt = user.RemoteModifiedAt.Value, Transports = ["usb"], AttestationObject = [6], ClientDataJson = [7] },
            });
            await context.SaveChangesAsync();
        }

        await using (var context = CreateContext(o => o.Use(provider, connectionString)))
        {
            var user = await context.Users.SingleAsync();
            Assert.That(user.AccountHref, Is.EqualTo("http://127.0.0.1/v1/accounts/a1"));
            Assert.That(user.AccountStatus, Is.EqualTo(Stormpath.Client.StormpathAccountStatus.Disabled));
            Assert.That(user.RemoteModifiedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero)));
            Assert.That(user.IsStaff, Is.True);
            var passkey = await context.UserPasskeys.SingleAsync();
            Assert.That(passkey.Data.Transports, Is.EqualTo(new[] { "usb" }));
        }
    }

    [TestCase(MirrorProvider.Sqlite)]
    [TestCase(MirrorProvider.PostgreSql)]
    public async Task SecondUserWithTheSameAccountHref_IsRefusedByTheUniqueIndex(MirrorProvider provider)
    {
        var connectionString = await provider.CreateDatabaseAsync("unique");
        await using var context = CreateContext(o => o.Use(provider, connectionString));
        await context.Database.MigrateAsync();
        context.Users.Add(new StormpathUser { UserName = "a", NormalizedUserName = "A", AccountHref = "http://127.0.0.1/v1/accounts/same" });
        context.Users.Add(new StormpathUser { UserName = "b", NormalizedUserName = "B", AccountHref = "http://127.0.0.1/v1/accounts/same" });

        Assert.That(async () => await context.SaveChangesAsync(), Throws.InstanceOf<DbUpdateException>());
    }

    [TestCase(MirrorProvider.Sqlite)]
    [TestCase(MirrorProvider.PostgreSql)]
    public async Task SecondRoleWithTheSameGroupHref_IsRefusedByTheUniqueIndex(MirrorProvider provider)
    {
        var connectionString = await provider.CreateDatabaseAsync("uniquerole");
        await using var context = CreateContext(o => o.Use(provider, connectionString));
        await context.Database.MigrateAsync();
        context.Roles.Add(new StormpathRole("a") { NormalizedName = "A", GroupHref = "http://127.0.0.1/v1/groups/same" });
        context.Roles.Add(new StormpathRole("b") { NormalizedName = "B", GroupHref = "http://127.0.0.1/v1/groups/same" });

        Assert.That(async () => await context.SaveChangesAsync(), Throws.InstanceOf<DbUpdateException>());
    }

    [Test]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        using var context = CreateContext(o => o.UseStormpathIdentitySqlite("Data Source=unused.db"));
        Assert.That(context.Database.HasPendingModelChanges(), Is.False, "The model changed: add a migration to migrations/Stormpath.Identity.Migrations.Sqlite.");
    }

    [Test]
    public void HasPendingModelChanges_PostgreSql_IsFalse()
    {
        using var context = CreateContext(o => o.UseStormpathIdentityPostgreSql("Host=127.0.0.1;Database=unused"));
        Assert.That(context.Database.HasPendingModelChanges(), Is.False, "The model changed: add a migration to migrations/Stormpath.Identity.Migrations.PostgreSql.");
    }

    [Test]
    public void HasPendingModelChanges_SqlServer_IsFalse()
    {
        using var context = CreateContext(o => o.UseStormpathIdentitySqlServer("Server=127.0.0.1;Database=unused;TrustServerCertificate=True"));
        Assert.That(context.Database.HasPendingModelChanges(), Is.False, "The model changed: add a migration to migrations/Stormpath.Identity.Migrations.SqlServer.");
    }

    [Test]
    public void IdempotentSqlServerScript_GuardsEveryMigrationAndCreatesTheMirror()
    {
        using var context = CreateContext(o => o.UseStormpathIdentitySqlServer("Server=127.0.0.1;Database=unused;TrustServerCertificate=True"));
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        foreach (var migration in context.Database.GetMigrations())
        {
            Assert.That(script, Does.Contain($"WHERE [MigrationId] = N'{migration}'"), migration);
        }

        foreach (var table in MirrorTables)
        {
            Assert.That(script, Does.Contain($"CREATE TABLE [{table}]"), table);
        }

        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_AspNetUsers_AccountHref] ON [AspNetUsers] ([AccountHref]) WHERE [AccountHref] IS NOT NULL"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_AspNetRoles_GroupHref] ON [AspNetRoles] ([GroupHref]) WHERE [GroupHref] IS NOT NULL"));
    }

    [Test]
    public void IdempotentSqlServerScript_MatchesTheScriptCheckedIn()
    {
        using var context = CreateContext(o => o.UseStormpathIdentitySqlServer("Server=127.0.0.1;Database=unused;TrustServerCertificate=True"));
        var generated = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var checkedIn = File.ReadAllText(Path.Combine(Repository.Root, "migrations", "Stormpath.Identity.Migrations.SqlServer", "mirror.idempotent.sql"));

        Assert.That(Normalize(generated), Is.EqualTo(Normalize(checkedIn)),
            "Regenerate it: dotnet ef migrations script --idempotent --project migrations/Stormpath.Identity.Migrations.SqlServer --output migrations/Stormpath.Identity.Migrations.SqlServer/mirror.idempotent.sql");
    }

    private static string Normalize(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<StormpathUser, StormpathRole, string>(options)
    {
        protected override void OnModelCreating(ModelBuilder builder)
        {
            base.OnModelCreating(builder);
            builder.ApplyStormpathIdentityModel();
        }
    }

    [Test]
    public void ApplyStormpathIdentityModel_OnAnApplicationContext_AddsUniqueHrefsAndThePendingChanges()
    {
        using var context = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=unused.db").Options);

        var user = context.Model.FindEntityType(typeof(StormpathUser))!;
        var role = context.Model.FindEntityType(typeof(StormpathRole))!;
        Assert.That(user.GetIndexes().Single(i => i.Properties.Single().Name == nameof(StormpathUser.AccountHref)).IsUnique, Is.True);
        Assert.That(role.GetIndexes().Single(i => i.Properties.Single().Name == nameof(StormpathRole.GroupHref)).IsUnique, Is.True);
        Assert.That(context.Model.FindEntityType(typeof(StormpathPendingChange))?.GetTableName(), Is.EqualTo("StormpathPendingChanges"));
    }
}
