using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Collections;

/// <summary>Runs a collection query and writes the page: <c>href, offset, limit, size, items</c> (§1.6).</summary>
internal static class CollectionPage
{
    public static async Task<JsonObject> BuildAsync<T>(
        string href,
        IQueryable<T> source,
        CollectionQuery query,
        SearchSchema<T> schema,
        Func<T, CancellationToken, Task<JsonObject>> writeItem,
        CancellationToken cancellationToken)
        where T : StormpathRecord
    {
        var filtered = schema.Filter(source, query);
        var ordered = schema.Order(filtered, query);
        int size;
        List<T> page;
        if (schema.NeedsMemory(query))
        {
            // customData is a JSON document that neither provider indexes portably: filter the
            // SQL-filtered candidates in memory.
            var all = schema.FilterAndOrderInMemory(await ordered.ToListAsync(cancellationToken), query);
            size = all.Count;
            page = all.Skip(query.Paging.Offset).Take(query.Paging.Limit).ToList();
        }
        else
        {
            size = await filtered.CountAsync(cancellationToken);
            page = await ordered.Skip(query.Paging.Offset).Take(query.Paging.Limit).ToListAsync(cancellationToken);
        }

        var items = new JsonArray();
        foreach (var item in page)
        {
            items.Add(await writeItem(item, cancellationToken));
        }

        return new JsonObject
        {
            ["href"] = $"{href}?{query.EchoQuery}",
            ["offset"] = query.Paging.Offset,
            ["limit"] = query.Paging.Limit,
            ["size"] = size,
            ["items"] = items,
        };
    }
}
