using System.Text.Json.Nodes;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public static readonly string[] DirectoryExpandable = ["tenant", "customData", "accounts", "groups", "applications", "passwordPolicy", "accountCreationPolicy"];

    public async Task<JsonObject> DirectoryAsync(DirectoryRecord directory, Expansion expansion, CancellationToken cancellationToken)
    {
        var href = links.Href("directories", directory.Id);
        var json = new JsonObject
        {
            ["href"] = href,
            ["name"] = directory.Name,
            ["description"] = directory.Description,
            ["status"] = directory.Status,
        };
        AddTimestamps(json, directory);
        json["tenant"] = await TenantLinkAsync(expansion, directory.TenantId, cancellationToken);
        json["customData"] = CustomDataLink(expansion, href, directory);
        json["provider"] = Link($"{href}/provider");
        json["passwordPolicy"] = expansion.Contains("passwordPolicy") ? PasswordPolicy(directory) : links.Link("passwordPolicies", directory.Id);
        json["accountCreationPolicy"] = expansion.Contains("accountCreationPolicy") ? AccountCreationPolicy(directory) : links.Link("accountCreationPolicies", directory.Id);
        json["accounts"] = await CollectionLinkAsync(expansion, "accounts", $"{href}/accounts", () => db.Accounts.Where(a => a.DirectoryId == directory.Id), Schemas.Accounts, (a, c) => AccountAsync(a, Expansion.None, c), cancellationToken);
        json["groups"] = await CollectionLinkAsync(expansion, "groups", $"{href}/groups", () => db.Groups.Where(g => g.DirectoryId == directory.Id), Schemas.Groups, (g, c) => GroupAsync(g, Expansion.None, c), cancellationToken);
        json["applications"] = await CollectionLinkAsync(expansion, "applications", $"{href}/applications", () => Sources.ApplicationsOfDirectory(db, directory.Id), Schemas.Applications, (a, c) => ApplicationAsync(a, Expansion.None, c), cancellationToken);
        return json;
    }

    /// <summary>The directory's provider: always the cloud directory provider (§3.3), no mirror directories.</summary>
    public JsonObject Provider(DirectoryRecord directory) => new()
    {
        ["href"] = links.Href("directories", directory.Id, "provider"),
        ["providerId"] = "stormpath",
        ["createdAt"] = Timestamps.Format(directory.CreatedAt),
        ["modifiedAt"] = Timestamps.Format(directory.CreatedAt),
    };
}
