using System.Text.Json.Nodes;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public static readonly string[] TenantExpandable = ["customData", "applications", "directories", "accounts", "groups"];

    public async Task<JsonObject> TenantAsync(TenantRecord tenant, Expansion expansion, CancellationToken cancellationToken)
    {
        var href = links.Href("tenants", tenant.Id);
        var json = new JsonObject
        {
            ["href"] = href,
            ["name"] = tenant.Name,
            ["key"] = tenant.Key,
        };
        AddTimestamps(json, tenant);
        json["customData"] = CustomDataLink(expansion, href, tenant);
        json["applications"] = await CollectionLinkAsync(expansion, "applications", $"{href}/applications", () => db.Applications.Where(a => a.TenantId == tenant.Id), Schemas.Applications, (a, c) => ApplicationAsync(a, Expansion.None, c), cancellationToken);
        json["directories"] = await CollectionLinkAsync(expansion, "directories", $"{href}/directories", () => db.Directories.Where(d => d.TenantId == tenant.Id), Schemas.Directories, (d, c) => DirectoryAsync(d, Expansion.None, c), cancellationToken);
        json["accounts"] = await CollectionLinkAsync(expansion, "accounts", $"{href}/accounts", () => db.Accounts.Where(a => a.TenantId == tenant.Id), Schemas.Accounts, (a, c) => AccountAsync(a, Expansion.None, c), cancellationToken);
        json["groups"] = await CollectionLinkAsync(expansion, "groups", $"{href}/groups", () => db.Groups.Where(g => g.TenantId == tenant.Id), Schemas.Groups, (g, c) => GroupAsync(g, Expansion.None, c), cancellationToken);
        return json;
    }
}
