using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

/// <summary>The queries behind each collection, shared by endpoints and by <c>expand</c>.</summary>
internal static class Sources
{
    public static IQueryable<AccountRecord> AccountsOfGroup(StormpathServerDbContext db, string groupId) =>
        db.Accounts.Where(a => db.GroupMemberships.Any(m => m.GroupId == groupId && m.AccountId == a.Id));

    public static IQueryable<GroupRecord> GroupsOfAccount(StormpathServerDbContext db, string accountId) =>
        db.Groups.Where(g => db.GroupMemberships.Any(m => m.AccountId == accountId && m.GroupId == g.Id));

    /// <summary>The virtual union of the accounts in all of an application's account stores (§3.2).</summary>
    public static IQueryable<AccountRecord> AccountsOfApplication(StormpathServerDbContext db, string applicationId) =>
        db.Accounts.Where(a => db.AccountStoreMappings.Any(m => m.ApplicationId == applicationId
            && (m.DirectoryId == a.DirectoryId
                || (m.GroupId != null && db.GroupMemberships.Any(gm => gm.GroupId == m.GroupId && gm.AccountId == a.Id)))));

    public static IQueryable<GroupRecord> GroupsOfApplication(StormpathServerDbContext db, string applicationId) =>
        db.Groups.Where(g => db.AccountStoreMappings.Any(m => m.ApplicationId == applicationId
            && (m.DirectoryId == g.DirectoryId || m.GroupId == g.Id)));

    public static IQueryable<ApplicationRecord> ApplicationsOfAccount(StormpathServerDbContext db, AccountRecord account) =>
        db.Applications.Where(app => db.AccountStoreMappings.Any(m => m.ApplicationId == app.Id
            && (m.DirectoryId == account.DirectoryId
                || (m.GroupId != null && db.GroupMemberships.Any(gm => gm.GroupId == m.GroupId && gm.AccountId == account.Id)))));

    public static IQueryable<ApplicationRecord> ApplicationsOfDirectory(StormpathServerDbContext db, string directoryId) =>
        db.Applications.Where(app => db.AccountStoreMappings.Any(m => m.ApplicationId == app.Id && m.DirectoryId == directoryId));

    public static IQueryable<ApplicationRecord> ApplicationsOfGroup(StormpathServerDbContext db, GroupRecord group) =>
        db.Applications.Where(app => db.AccountStoreMappings.Any(m => m.ApplicationId == app.Id
            && (m.GroupId == group.Id || m.DirectoryId == group.DirectoryId)));
}
