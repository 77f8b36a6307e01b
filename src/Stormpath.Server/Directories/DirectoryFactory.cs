using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Directories;

/// <summary>A new directory with Stormpath's default policies (§3.10).</summary>
internal static class DirectoryFactory
{
    public static DirectoryRecord Create(string tenantId, string name, DateTime now) => new()
    {
        Id = ResourceIds.NewId(),
        TenantId = tenantId,
        Name = name,
        NormalizedName = name.ToLowerInvariant(),
        CreatedAt = now,
        ModifiedAt = now,
        CustomDataModifiedAt = now,
        PasswordPolicyModifiedAt = now,
        StrengthModifiedAt = now,
        AccountCreationPolicyModifiedAt = now,
    };
}
