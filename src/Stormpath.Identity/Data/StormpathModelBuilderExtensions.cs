using Stormpath.Identity;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Applies the Stormpath mirror model to an application's own Identity <see cref="DbContext"/>.</summary>
public static class StormpathModelBuilderExtensions
{
    /// <summary>The length of the href columns; Stormpath hrefs are absolute URLs.</summary>
    private const int HrefMaxLength = 512;

    /// <summary>
    /// Configures the Stormpath columns of <see cref="StormpathUser"/> and <see cref="StormpathRole"/> (unique hrefs)
    /// and the table of pending remote writes. Call it after <c>base.OnModelCreating(builder)</c> in a context that
    /// derives from <c>IdentityDbContext&lt;StormpathUser, StormpathRole, string&gt;</c>.
    /// </summary>
    /// <param name="builder">The builder of the context's model.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static ModelBuilder ApplyStormpathIdentityModel(this ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Entity<StormpathUser>(user =>
        {
            user.Property(u => u.AccountHref).HasMaxLength(HrefMaxLength);
            user.HasIndex(u => u.AccountHref).IsUnique();
            user.Property(u => u.GivenName).HasMaxLength(255);
            user.Property(u => u.MiddleName).HasMaxLength(255);
            user.Property(u => u.Surname).HasMaxLength(255);
            user.Property(u => u.AccountStatus).HasConversion<string>().HasMaxLength(16);
        });

        builder.Entity<StormpathRole>(role =>
        {
            role.Property(r => r.GroupHref).HasMaxLength(HrefMaxLength);
            role.HasIndex(r => r.GroupHref).IsUnique();
            role.Property(r => r.Description).HasMaxLength(1000);
        });

        builder.Entity<StormpathPendingChange>(change =>
        {
            change.ToTable("StormpathPendingChanges");
            change.HasKey(c => c.Id);
            change.Property(c => c.Operation).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.EntityId).HasMaxLength(450).IsRequired();
            change.Property(c => c.RemoteHref).HasMaxLength(HrefMaxLength);
            change.Property(c => c.LookupKey).HasMaxLength(256);
            change.HasIndex(c => c.EntityId);
        });

        return builder;
    }
}
