using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Stormpath.Server.Storage;

/// <summary>The directory database of Stormpath.Server.</summary>
/// <param name="options">The options for this context.</param>
public sealed class StormpathServerDbContext(DbContextOptions<StormpathServerDbContext> options) : DbContext(options)
{
    private const int IdLength = 32;
    private const int NameLength = 255;

    /// <summary>Gets the tenants.</summary>
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    /// <summary>Gets the applications.</summary>
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();

    /// <summary>Gets the directories.</summary>
    public DbSet<DirectoryRecord> Directories => Set<DirectoryRecord>();

    /// <summary>Gets the accounts.</summary>
    public DbSet<AccountRecord> Accounts => Set<AccountRecord>();

    /// <summary>Gets the groups.</summary>
    public DbSet<GroupRecord> Groups => Set<GroupRecord>();

    /// <summary>Gets the group memberships.</summary>
    public DbSet<GroupMembershipRecord> GroupMemberships => Set<GroupMembershipRecord>();

    /// <summary>Gets the account store mappings.</summary>
    public DbSet<AccountStoreMappingRecord> AccountStoreMappings => Set<AccountStoreMappingRecord>();

    /// <summary>Gets the API keys.</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>Gets the SAuthc1 nonces inside the skew window.</summary>
    public DbSet<NonceRecord> Nonces => Set<NonceRecord>();

    /// <summary>Gets the password reset tokens.</summary>
    public DbSet<PasswordResetTokenRecord> PasswordResetTokens => Set<PasswordResetTokenRecord>();

    /// <summary>Gets the email verification tokens.</summary>
    public DbSet<EmailVerificationTokenRecord> EmailVerificationTokens => Set<EmailVerificationTokenRecord>();

    /// <summary>Gets the password history.</summary>
    public DbSet<PasswordHistoryRecord> PasswordHistory => Set<PasswordHistoryRecord>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every timestamp is UTC. SQLite hands DateTime values back as Unspecified; mark them UTC again so
        // that both providers round-trip the same value.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<TenantRecord>(b =>
        {
            b.ToTable("Tenants");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Name).HasMaxLength(NameLength);
            b.Property(x => x.Key).HasMaxLength(63);
            b.HasIndex(x => x.Key).IsUnique();
        });

        modelBuilder.Entity<ApplicationRecord>(b =>
        {
            b.ToTable("Applications");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Name).HasMaxLength(NameLength);
            b.Property(x => x.NormalizedName).HasMaxLength(NameLength);
            b.Property(x => x.Description).HasMaxLength(4000);
            b.Property(x => x.Status).HasMaxLength(16);
            b.HasIndex(x => new { x.TenantId, x.NormalizedName }).IsUnique();
            b.HasOne<TenantRecord>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DirectoryRecord>(b =>
        {
            b.ToTable("Directories");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Name).HasMaxLength(NameLength);
            b.Property(x => x.NormalizedName).HasMaxLength(NameLength);
            b.Property(x => x.Description).HasMaxLength(1000);
            b.HasIndex(x => new { x.TenantId, x.NormalizedName }).IsUnique();
            b.HasOne<TenantRecord>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AccountRecord>(b =>
        {
            b.ToTable("Accounts");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Username).HasMaxLength(NameLength);
            b.Property(x => x.NormalizedUsername).HasMaxLength(NameLength);
            b.Property(x => x.Email).HasMaxLength(NameLength);
            b.Property(x => x.NormalizedEmail).HasMaxLength(NameLength);
            b.Property(x => x.GivenName).HasMaxLength(NameLength);
            b.Property(x => x.MiddleName).HasMaxLength(NameLength);
            b.Property(x => x.Surname).HasMaxLength(NameLength);
            b.Property(x => x.Status).HasMaxLength(16);
            b.Property(x => x.EmailVerificationStatus).HasMaxLength(16);

            // Uniqueness is the database's job: two parallel creates cannot both pass a check-then-insert.
            b.HasIndex(x => new { x.DirectoryId, x.NormalizedUsername }).IsUnique();
            b.HasIndex(x => new { x.DirectoryId, x.NormalizedEmail }).IsUnique();
            b.HasIndex(x => x.TenantId);
            b.HasOne<TenantRecord>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<DirectoryRecord>().WithMany().HasForeignKey(x => x.DirectoryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<GroupRecord>(b =>
        {
            b.ToTable("Groups");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Name).HasMaxLength(NameLength);
            b.Property(x => x.NormalizedName).HasMaxLength(NameLength);
            b.Property(x => x.Description).HasMaxLength(1000);
            b.HasIndex(x => new { x.DirectoryId, x.NormalizedName }).IsUnique();
            b.HasIndex(x => x.TenantId);
            b.HasOne<TenantRecord>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<DirectoryRecord>().WithMany().HasForeignKey(x => x.DirectoryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<GroupMembershipRecord>(b =>
        {
            b.ToTable("GroupMemberships");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.HasIndex(x => new { x.AccountId, x.GroupId }).IsUnique();
            b.HasIndex(x => x.GroupId);
            b.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<GroupRecord>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AccountStoreMappingRecord>(b =>
        {
            b.ToTable("AccountStoreMappings");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.HasIndex(x => new { x.ApplicationId, x.DirectoryId }).IsUnique();
            b.HasIndex(x => new { x.ApplicationId, x.GroupId }).IsUnique();
            b.HasOne<ApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<DirectoryRecord>().WithMany().HasForeignKey(x => x.DirectoryId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<GroupRecord>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ApiKeyRecord>(b =>
        {
            b.ToTable("ApiKeys");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.Name).HasMaxLength(NameLength);
            b.Property(x => x.Description).HasMaxLength(1000);
            b.HasOne<TenantRecord>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NonceRecord>(b =>
        {
            b.ToTable("Nonces");
            b.Property(x => x.Id).HasMaxLength(128);
            b.HasIndex(x => x.ExpiresAt);
        });

        modelBuilder.Entity<PasswordResetTokenRecord>(b =>
        {
            b.ToTable("PasswordResetTokens");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.TokenHash).HasMaxLength(64);
            b.Property(x => x.Email).HasMaxLength(NameLength);
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<ApplicationRecord>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<EmailVerificationTokenRecord>(b =>
        {
            b.ToTable("EmailVerificationTokens");
            b.Property(x => x.Id).HasMaxLength(IdLength);
            b.Property(x => x.TokenHash).HasMaxLength(64);
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => x.AccountId);
            b.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PasswordHistoryRecord>(b =>
        {
            b.ToTable("PasswordHistory");
            b.HasIndex(x => x.AccountId);
            b.HasOne<AccountRecord>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
