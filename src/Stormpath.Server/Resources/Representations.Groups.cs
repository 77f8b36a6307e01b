using System.Text.Json.Nodes;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public static readonly string[] GroupExpandable = ["customData", "directory", "tenant", "accounts", "accountMemberships", "applications"];

    public static readonly string[] GroupMembershipExpandable = ["account", "group"];

    public async Task<JsonObject> GroupAsync(GroupRecord group, Expansion expansion, CancellationToken cancellationToken)
    {
        var href = links.Href("groups", group.Id);
        var json = new JsonObject
        {
            ["href"] = href,
            ["name"] = group.Name,
            ["description"] = group.Description,
            ["status"] = group.Status,
        };
        AddTimestamps(json, group);
        json["customData"] = CustomDataLink(expansion, href, group);
        if (expansion.Contains("directory") && await db.Directories.FindAsync([group.DirectoryId], cancellationToken) is { } directory)
        {
            json["directory"] = await DirectoryAsync(directory, Expansion.None, cancellationToken);
        }
        else
        {
            json["directory"] = links.Link("directories", group.DirectoryId);
        }

        json["tenant"] = await TenantLinkAsync(expansion, group.TenantId, cancellationToken);
        json["accounts"] = await CollectionLinkAsync(expansion, "accounts", $"{href}/accounts", () => Sources.AccountsOfGroup(db, group.Id), Schemas.Accounts, (a, c) => AccountAsync(a, Expansion.None, c), cancellationToken);
        json["accountMemberships"] = await CollectionLinkAsync(expansion, "accountMemberships", $"{href}/accountMemberships", () => db.GroupMemberships.Where(m => m.GroupId == group.Id), Schemas.GroupMemberships, (m, c) => GroupMembershipAsync(m, Expansion.None, c), cancellationToken);
        json["applications"] = await CollectionLinkAsync(expansion, "applications", $"{href}/applications", () => Sources.ApplicationsOfGroup(db, group), Schemas.Applications, (a, c) => ApplicationAsync(a, Expansion.None, c), cancellationToken);
        return json;
    }

    public async Task<JsonObject> GroupMembershipAsync(GroupMembershipRecord membership, Expansion expansion, CancellationToken cancellationToken)
    {
        var json = new JsonObject { ["href"] = links.Href("groupMemberships", membership.Id) };
        if (expansion.Contains("account") && await db.Accounts.FindAsync([membership.AccountId], cancellationToken) is { } account)
        {
            json["account"] = await AccountAsync(account, Expansion.None, cancellationToken);
        }
        else
        {
            json["account"] = links.Link("accounts", membership.AccountId);
        }

        if (expansion.Contains("group") && await db.Groups.FindAsync([membership.GroupId], cancellationToken) is { } group)
        {
            json["group"] = await GroupAsync(group, Expansion.None, cancellationToken);
        }
        else
        {
            json["group"] = links.Link("groups", membership.GroupId);
        }

        AddTimestamps(json, membership);
        return json;
    }
}
