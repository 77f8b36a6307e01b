using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Auth;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Hosting;

/// <summary>
/// What <c>init</c> does: the first tenant, an application, a directory mapped to it as default account and
/// group store, and a tenant admin API key. Idempotent: a second run finds and returns the same things.
/// </summary>
internal sealed class Provisioner(StormpathServerDbContext db, ApiKeySecretProtector secrets, ResourceLinks links, TimeProvider timeProvider)
{
    public const string TenantKey = "default";
    public const string ApplicationName = "My Application";
    public const string DirectoryName = "My Application Directory";

    public async Task<StormpathProvisioning> ProvisionAsync(CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(timeProvider);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Key == TenantKey, cancellationToken);
        if (tenant is null)
        {
            tenant = new TenantRecord { Id = ResourceIds.NewId(), Name = "Default Tenant", Key = TenantKey, CreatedAt = now, ModifiedAt = now, CustomDataModifiedAt = now };
            db.Tenants.Add(tenant);
        }

        var application = await db.Applications.FirstOrDefaultAsync(a => a.TenantId == tenant.Id && a.NormalizedName == ApplicationName.ToLowerInvariant(), cancellationToken);
        if (application is null)
        {
            application = new ApplicationRecord
            {
                Id = ResourceIds.NewId(), TenantId = tenant.Id, Name = ApplicationName, NormalizedName = ApplicationName.ToLowerInvariant(),
                Description = "Created by init.", CreatedAt = now, ModifiedAt = now, CustomDataModifiedAt = now,
            };
            db.Applications.Add(application);
        }

        var directory = await db.Directories.FirstOrDefaultAsync(d => d.TenantId == tenant.Id && d.NormalizedName == DirectoryName.ToLowerInvariant(), cancellationToken);
        if (directory is null)
        {
            directory = new DirectoryRecord
            {
                Id = ResourceIds.NewId(), TenantId = tenant.Id, Name = DirectoryName, NormalizedName = DirectoryName.ToLowerInvariant(),
                Description = "Created by init.", CreatedAt = now, ModifiedAt = now, CustomDataModifiedAt = now,
                PasswordPolicyModifiedAt = now, StrengthModifiedAt = now, AccountCreationPolicyModifiedAt = now,
            };
            db.Directories.Add(directory);
        }

        if (!await db.AccountStoreMappings.AnyAsync(m => m.ApplicationId == application.Id && m.DirectoryId == directory.Id, cancellationToken))
        {
            db.AccountStoreMappings.Add(new AccountStoreMappingRecord
            {
                Id = ResourceIds.NewId(), ApplicationId = application.Id, DirectoryId = directory.Id, ListIndex = 0,
                IsDefaultAccountStore = true, IsDefaultGroupStore = true, CreatedAt = now, ModifiedAt = now,
            });
        }

        var key = await db.ApiKeys.Where(k => k.TenantId == tenant.Id && k.AccountId == null && k.Status == "ENABLED")
            .OrderBy(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        string secret;
        if (key is null || !secrets.TryUnprotect(key.ProtectedSecret, out secret))
        {
            secret = ResourceIds.NewApiKeySecret();
            key = new ApiKeyRecord
            {
                Id = ResourceIds.NewApiKeyId(), TenantId = tenant.Id, ProtectedSecret = secrets.Protect(secret),
                Name = "Tenant administrator (init)", CreatedAt = now, ModifiedAt = now,
            };
            db.ApiKeys.Add(key);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StormpathProvisioning(
            new Uri(links.Href("tenants", tenant.Id)),
            new Uri(links.Href("applications", application.Id)),
            new Uri(links.Href("directories", directory.Id)),
            key.Id,
            secret);
    }
}
