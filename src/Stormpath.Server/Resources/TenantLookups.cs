using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

/// <summary>Finds resources of the calling tenant; another tenant's resource does not exist (404).</summary>
internal static class TenantLookups
{
    public static async Task<ApplicationRecord> ApplicationAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.Applications.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken) ?? throw NotFound();

    public static async Task<DirectoryRecord> DirectoryAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.Directories.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken) ?? throw NotFound();

    public static async Task<AccountRecord> AccountAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.Accounts.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken) ?? throw NotFound();

    public static async Task<GroupRecord> GroupAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.Groups.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken) ?? throw NotFound();

    public static async Task<TenantRecord> TenantAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        id == tenantId && await db.Tenants.FirstOrDefaultAsync(x => x.Id == id, cancellationToken) is { } tenant ? tenant : throw NotFound();

    public static async Task<AccountStoreMappingRecord> AccountStoreMappingAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.AccountStoreMappings.FirstOrDefaultAsync(m => m.Id == id && db.Applications.Any(a => a.Id == m.ApplicationId && a.TenantId == tenantId), cancellationToken)
            ?? throw NotFound();

    public static async Task<GroupMembershipRecord> GroupMembershipAsync(this StormpathServerDbContext db, string tenantId, string id, CancellationToken cancellationToken) =>
        await db.GroupMemberships.FirstOrDefaultAsync(m => m.Id == id && db.Accounts.Any(a => a.Id == m.AccountId && a.TenantId == tenantId), cancellationToken)
            ?? throw NotFound();

    /// <summary>Resolves a link from a request body to a resource of the calling tenant (2014 malformed/foreign, 2016 missing).</summary>
    public static async Task<StormpathRecord> ResolveLinkAsync(
        this StormpathServerDbContext db, ResourceLinks links, HttpRequest request, string tenantId, string property, string href,
        IReadOnlyCollection<string> collections, CancellationToken cancellationToken)
    {
        if (!links.TryParseHref(href, request, out var segments) || segments.Length != 2 || !collections.Contains(segments[0]))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidReference(property, href));
        }

        var id = segments[1];
        StormpathRecord? found = segments[0] switch
        {
            "directories" => await db.Directories.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken),
            "groups" => await db.Groups.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken),
            "accounts" => await db.Accounts.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken),
            "applications" => await db.Applications.FirstOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, cancellationToken),
            _ => null,
        };
        return found ?? throw new StormpathErrorException(ErrorCatalog.NoSuchResource(property, href));
    }

    private static StormpathErrorException NotFound() => new(ErrorCatalog.NotFound());
}
