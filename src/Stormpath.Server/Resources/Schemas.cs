using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

/// <summary>Searchable and sortable attributes per resource type (§1.8, §1.9).</summary>
internal static class Schemas
{
    public static readonly SearchSchema<ApplicationRecord> Applications = new SearchSchema<ApplicationRecord>()
        .Text("name", x => x.NormalizedName, normalized: true, sortBy: x => x.Name)
        .Text("description", x => x.Description)
        .Exact("status", x => x.Status)
        .Date("createdAt", x => x.CreatedAt)
        .Date("modifiedAt", x => x.ModifiedAt);

    public static readonly SearchSchema<DirectoryRecord> Directories = new SearchSchema<DirectoryRecord>()
        .Text("name", x => x.NormalizedName, normalized: true, sortBy: x => x.Name)
        .Text("description", x => x.Description)
        .Exact("status", x => x.Status)
        .Date("createdAt", x => x.CreatedAt)
        .Date("modifiedAt", x => x.ModifiedAt);

    public static readonly SearchSchema<GroupRecord> Groups = new SearchSchema<GroupRecord>()
        .Text("name", x => x.NormalizedName, normalized: true, sortBy: x => x.Name)
        .Text("description", x => x.Description)
        .Exact("status", x => x.Status)
        .Date("createdAt", x => x.CreatedAt)
        .Date("modifiedAt", x => x.ModifiedAt);

    public static readonly SearchSchema<AccountRecord> Accounts = new SearchSchema<AccountRecord>
    {
        CustomDataOf = a => a.CustomData,
    }
        .Text("givenName", x => x.GivenName)
        .Text("middleName", x => x.MiddleName)
        .Text("surname", x => x.Surname)
        .Text("username", x => x.NormalizedUsername, normalized: true, sortBy: x => x.Username)
        .Text("email", x => x.NormalizedEmail, normalized: true, sortBy: x => x.Email)
        .Exact("status", x => x.Status)
        .Date("createdAt", x => x.CreatedAt)
        .Date("modifiedAt", x => x.ModifiedAt)
        .Date("passwordModifiedAt", x => x.PasswordModifiedAt);

    public static readonly SearchSchema<GroupMembershipRecord> GroupMemberships = new SearchSchema<GroupMembershipRecord>()
        .Date("createdAt", x => x.CreatedAt);

    public static readonly SearchSchema<AccountStoreMappingRecord> AccountStoreMappings = new SearchSchema<AccountStoreMappingRecord> { DefaultSort = "listIndex" }
        .Sortable("listIndex", x => x.ListIndex);
}
