using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Stormpath.Identity;

/// <summary>
/// The local mirror of a Stormpath directory: the ASP.NET Core Identity tables (schema version 3, with passkeys), the
/// Stormpath columns of users and roles, and the journal of pending remote writes.
/// </summary>
/// <remarks>
/// An application that already has its own <see cref="IdentityDbContext{TUser, TRole, TKey}"/> can keep it and call
/// <see cref="StormpathModelBuilderExtensions.ApplyStormpathIdentityModel(ModelBuilder)"/> from its
/// <c>OnModelCreating</c> instead.
/// </remarks>
public class StormpathIdentityDbContext : IdentityDbContext<StormpathUser, StormpathRole, string>
{
    /// <summary>Creates a context with the given options.</summary>
    /// <param name="options">The options of the context, naming the database provider and connection.</param>
    public StormpathIdentityDbContext(DbContextOptions<StormpathIdentityDbContext> options)
        : base(options)
    {
    }

    /// <summary>Creates a context for a derived class with its own options type.</summary>
    /// <param name="options">The options of the context, naming the database provider and connection.</param>
    protected StormpathIdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets or sets the writes to Stormpath whose local half is not confirmed yet.</summary>
    public DbSet<StormpathPendingChange> StormpathPendingChanges { get; set; } = null!;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity builds its tables for IdentityOptions.Stores (SchemaVersion, MaxLengthForKeys), which differ between
        // AddIdentity, AddDefaultIdentity and dotnet ef (no options at all). The mirror is always schema version 3 with
        // 128-character keys, so the shipped migrations match the model whichever the application calls.
        builder.Entity<StormpathUser>(user =>
        {
            user.Property(u => u.PhoneNumber).HasMaxLength(256);
            user.HasMany<IdentityUserPasskey<string>>().WithOne().HasForeignKey(p => p.UserId).IsRequired();
        });
        builder.Entity<IdentityUserPasskey<string>>(passkey =>
        {
            passkey.HasKey(p => p.CredentialId);
            passkey.ToTable("AspNetUserPasskeys");
            passkey.Property(p => p.CredentialId).HasMaxLength(1024);
            passkey.OwnsOne(p => p.Data).ToJson();
        });
        builder.Entity<IdentityUserLogin<string>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(KeyMaxLength);
            login.Property(l => l.ProviderKey).HasMaxLength(KeyMaxLength);
        });
        builder.Entity<IdentityUserToken<string>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(KeyMaxLength);
            token.Property(t => t.Name).HasMaxLength(KeyMaxLength);
        });

        builder.ApplyStormpathIdentityModel();
    }

    /// <summary>The length of the login and token key columns.</summary>
    private const int KeyMaxLength = 128;
}
