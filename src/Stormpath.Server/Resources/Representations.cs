using System.Text.Json.Nodes;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

/// <summary>
/// Writes every resource as its wire JSON, with plain links (exactly <c>{"href"}</c>), null links, and the
/// links named in <c>expand</c> replaced by the full resource or collection page (one level deep, §1.7).
/// Split into one partial file per resource.
/// </summary>
internal sealed partial class Representations(StormpathServerDbContext db, ResourceLinks links, CallerContext caller, TimeProvider timeProvider)
{
    private string TenantId => caller.TenantId;

    public ResourceLinks Links => links;

    /// <summary>The customData resource of an owner (§3.7): reserved fields plus the stored keys.</summary>
    public static JsonObject CustomData(string href, CustomDataOwnerRecord owner)
    {
        var json = new JsonObject
        {
            ["href"] = href,
            ["createdAt"] = Timestamps.Format(owner.CreatedAt),
            ["modifiedAt"] = Timestamps.Format(owner.CustomDataModifiedAt),
        };
        foreach (var (key, value) in CustomDataSearch.ParseDocument(owner.CustomData))
        {
            json[key] = value?.DeepClone();
        }

        return json;
    }

    private static void AddTimestamps(JsonObject json, StormpathRecord record)
    {
        json["createdAt"] = Timestamps.Format(record.CreatedAt);
        json["modifiedAt"] = Timestamps.Format(record.ModifiedAt);
    }

    private static JsonObject Link(string href) => new() { ["href"] = href };

    /// <summary>A collection link, or the page of it when expanded.</summary>
    private async Task<JsonNode> CollectionLinkAsync<T>(
        Expansion expansion,
        string name,
        string href,
        Func<IQueryable<T>> source,
        SearchSchema<T> schema,
        Func<T, CancellationToken, Task<JsonObject>> writeItem,
        CancellationToken cancellationToken)
        where T : StormpathRecord
    {
        if (!expansion.Contains(name))
        {
            return Link(href);
        }

        return await CollectionPage.BuildAsync(href, source(), CollectionQuery.ForPaging(expansion.PagingOf(name)), schema, writeItem, cancellationToken);
    }

    /// <summary>The owner's customData link, or the customData itself when expanded.</summary>
    private static JsonObject CustomDataLink(Expansion expansion, string ownerHref, CustomDataOwnerRecord owner) =>
        expansion.Contains("customData") ? CustomData($"{ownerHref}/customData", owner) : Link($"{ownerHref}/customData");

    private async Task<JsonObject> TenantLinkAsync(Expansion expansion, string tenantId, CancellationToken cancellationToken)
    {
        if (!expansion.Contains("tenant"))
        {
            return links.Link("tenants", tenantId);
        }

        var tenant = await db.Tenants.FindAsync([tenantId], cancellationToken);
        return tenant is null ? links.Link("tenants", tenantId) : await TenantAsync(tenant, Expansion.None, cancellationToken);
    }
}
