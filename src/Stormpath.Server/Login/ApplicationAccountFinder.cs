using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Errors;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Login;

/// <summary>
/// Finds an account by username or email (case-insensitive) in an application's account stores, walking
/// the mappings by <c>listIndex</c>; the first store that has a match wins (§5). An <c>accountStore</c>
/// restricts the search to that store, which must be mapped to the application (5114).
/// </summary>
internal sealed class ApplicationAccountFinder(StormpathServerDbContext db, ResourceLinks links)
{
    public sealed record Found(AccountRecord Account, DirectoryRecord Directory, GroupRecord? Group);

    /// <summary>The mapped stores to search, in login order.</summary>
    public async Task<List<AccountStoreMappingRecord>> StoresAsync(ApplicationRecord application, HttpRequest request, string? accountStoreHref, CancellationToken cancellationToken)
    {
        var mappings = await db.AccountStoreMappings.AsNoTracking()
            .Where(m => m.ApplicationId == application.Id)
            .OrderBy(m => m.ListIndex).ThenBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        if (mappings.Count == 0)
        {
            throw new StormpathErrorException(ErrorCatalog.NoAccountStores());
        }

        if (accountStoreHref is null)
        {
            return mappings;
        }

        if (!links.TryParseHref(accountStoreHref, request, out var segments) || segments.Length != 2 || segments[0] is not ("directories" or "groups"))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidReference("accountStore", accountStoreHref));
        }

        var restricted = mappings.Where(m => segments[0] == "directories" ? m.DirectoryId == segments[1] : m.GroupId == segments[1]).ToList();
        return restricted.Count > 0 ? restricted : throw new StormpathErrorException(ErrorCatalog.StoreNotMapped());
    }

    public async Task<Found?> FindAsync(IReadOnlyList<AccountStoreMappingRecord> stores, string login, bool emailOnly, CancellationToken cancellationToken)
    {
        var normalized = login.ToLowerInvariant();
        foreach (var mapping in stores)
        {
            IQueryable<AccountRecord> candidates;
            GroupRecord? group = null;
            if (mapping.DirectoryId is not null)
            {
                candidates = db.Accounts.Where(a => a.DirectoryId == mapping.DirectoryId);
            }
            else
            {
                group = await db.Groups.FirstAsync(g => g.Id == mapping.GroupId, cancellationToken);
                candidates = Sources.AccountsOfGroup(db, group.Id);
            }

            var matches = await candidates
                .Where(a => a.NormalizedEmail == normalized || (!emailOnly && a.NormalizedUsername == normalized))
                .ToListAsync(cancellationToken);

            // A login can be one account's username and another's email; the username match wins.
            var account = matches.FirstOrDefault(a => !emailOnly && a.NormalizedUsername == normalized) ?? matches.FirstOrDefault();
            if (account is not null)
            {
                var directory = await db.Directories.FirstAsync(d => d.Id == account.DirectoryId, cancellationToken);
                return new Found(account, directory, group);
            }
        }

        return null;
    }
}
