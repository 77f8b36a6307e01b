using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public static readonly string[] ApplicationExpandable =
        ["tenant", "customData", "accounts", "groups", "accountStoreMappings", "defaultAccountStoreMapping", "defaultGroupStoreMapping"];

    public static readonly string[] AccountStoreMappingExpandable = ["application", "accountStore"];

    public async Task<JsonObject> ApplicationAsync(ApplicationRecord application, Expansion expansion, CancellationToken cancellationToken)
    {
        var href = links.Href("applications", application.Id);
        var defaults = await db.AccountStoreMappings.AsNoTracking()
            .Where(m => m.ApplicationId == application.Id && (m.IsDefaultAccountStore || m.IsDefaultGroupStore))
            .ToListAsync(cancellationToken);
        var json = new JsonObject
        {
            ["href"] = href,
            ["name"] = application.Name,
            ["description"] = application.Description,
            ["status"] = application.Status,
        };
        AddTimestamps(json, application);
        json["tenant"] = await TenantLinkAsync(expansion, application.TenantId, cancellationToken);
        json["defaultAccountStoreMapping"] = await MappingLinkAsync(defaults.FirstOrDefault(m => m.IsDefaultAccountStore), expansion.Contains("defaultAccountStoreMapping"), cancellationToken);
        json["defaultGroupStoreMapping"] = await MappingLinkAsync(defaults.FirstOrDefault(m => m.IsDefaultGroupStore), expansion.Contains("defaultGroupStoreMapping"), cancellationToken);
        json["customData"] = CustomDataLink(expansion, href, application);
        json["accounts"] = await CollectionLinkAsync(expansion, "accounts", $"{href}/accounts", () => Sources.AccountsOfApplication(db, application.Id), Schemas.Accounts, (a, c) => AccountAsync(a, Expansion.None, c), cancellationToken);
        json["groups"] = await CollectionLinkAsync(expansion, "groups", $"{href}/groups", () => Sources.GroupsOfApplication(db, application.Id), Schemas.Groups, (g, c) => GroupAsync(g, Expansion.None, c), cancellationToken);
        json["accountStoreMappings"] = await CollectionLinkAsync(expansion, "accountStoreMappings", $"{href}/accountStoreMappings", () => db.AccountStoreMappings.Where(m => m.ApplicationId == application.Id), Schemas.AccountStoreMappings, (m, c) => AccountStoreMappingAsync(m, Expansion.None, c), cancellationToken);
        json["loginAttempts"] = Link($"{href}/loginAttempts");
        json["passwordResetTokens"] = Link($"{href}/passwordResetTokens");
        json["verificationEmails"] = Link($"{href}/verificationEmails");
        return json;
    }

    public async Task<JsonObject> AccountStoreMappingAsync(AccountStoreMappingRecord mapping, Expansion expansion, CancellationToken cancellationToken)
    {
        var json = new JsonObject
        {
            ["href"] = links.Href("accountStoreMappings", mapping.Id),
            ["listIndex"] = mapping.ListIndex,
            ["isDefaultAccountStore"] = mapping.IsDefaultAccountStore,
            ["isDefaultGroupStore"] = mapping.IsDefaultGroupStore,
        };
        AddTimestamps(json, mapping);

        if (expansion.Contains("application") && await db.Applications.FindAsync([mapping.ApplicationId], cancellationToken) is { } app)
        {
            json["application"] = await ApplicationAsync(app, Expansion.None, cancellationToken);
        }
        else
        {
            json["application"] = links.Link("applications", mapping.ApplicationId);
        }

        if (!expansion.Contains("accountStore"))
        {
            json["accountStore"] = mapping.DirectoryId is not null ? links.Link("directories", mapping.DirectoryId) : links.Link("groups", mapping.GroupId!);
        }
        else if (mapping.DirectoryId is not null)
        {
            var directory = await db.Directories.FindAsync([mapping.DirectoryId], cancellationToken);
            json["accountStore"] = directory is null ? null : await DirectoryAsync(directory, Expansion.None, cancellationToken);
        }
        else
        {
            var group = await db.Groups.FindAsync([mapping.GroupId!], cancellationToken);
            json["accountStore"] = group is null ? null : await GroupAsync(group, Expansion.None, cancellationToken);
        }

        return json;
    }

    private async Task<JsonNode?> MappingLinkAsync(AccountStoreMappingRecord? mapping, bool expand, CancellationToken cancellationToken)
    {
        if (mapping is null)
        {
            return null;
        }

        return expand ? await AccountStoreMappingAsync(mapping, Expansion.None, cancellationToken) : links.Link("accountStoreMappings", mapping.Id);
    }
}
