using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Stormpath.Server.Auth;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.CustomData;

/// <summary>
/// <c>{owner}/customData</c> on tenants, applications, directories, accounts and groups (§3.7): read, merge
/// (POST; a <c>null</c> value deletes the key), clear (DELETE) and single-key delete. The POST accepts a
/// larger body (<see cref="StormpathServerOptions.MaxCustomDataRequestBodyBytes"/>) for the 10 MB document.
/// </summary>
internal static class CustomDataEndpoints
{
    private static readonly string[] Owners = ["tenants", "applications", "directories", "accounts", "groups"];

    public static void MapCustomData(this RouteGroupBuilder v1)
    {
        var limit = ((IEndpointRouteBuilder)v1).ServiceProvider.GetRequiredService<IOptions<StormpathServerOptions>>().Value.MaxCustomDataRequestBodyBytes;
        foreach (var owner in Owners)
        {
            v1.MapGet($"/{owner}/{{id}}/customData", async Task<Ok<JsonObject>> (string id, StormpathServerDbContext db, ResourceLinks links, CallerContext caller, CancellationToken ct) =>
            {
                var record = await FindOwnerAsync(db, caller.TenantId, owner, id, ct);
                return TypedResults.Ok(Representations.CustomData(links.Href(owner, id, "customData"), record));
            });

            v1.MapPost($"/{owner}/{{id}}/customData", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, ResourceLinks links, CallerContext caller, TimeProvider time, CancellationToken ct) =>
            {
                var record = await FindOwnerAsync(db, caller.TenantId, owner, id, ct);
                var patch = await RequestBody.ReadRequiredObjectAsync(request, ct);
                record.CustomData = CustomDataDocument.Merge(record.CustomData, patch);
                record.CustomDataModifiedAt = Timestamps.Now(time);
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(Representations.CustomData(links.Href(owner, id, "customData"), record));
            }).WithMetadata(new RequestSizeLimit(limit));

            v1.MapDelete($"/{owner}/{{id}}/customData", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
            {
                var record = await FindOwnerAsync(db, caller.TenantId, owner, id, ct);
                record.CustomData = "{}";
                record.CustomDataModifiedAt = Timestamps.Now(time);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            });

            v1.MapGet($"/{owner}/{{id}}/customData/{{key}}", async Task<Ok<JsonObject>> (string id, string key, StormpathServerDbContext db, CallerContext caller, CancellationToken ct) =>
            {
                var record = await FindOwnerAsync(db, caller.TenantId, owner, id, ct);
                var document = Collections.CustomDataSearch.ParseDocument(record.CustomData);
                return document.TryGetPropertyValue(key, out var value)
                    ? TypedResults.Ok(new JsonObject { [key] = value?.DeepClone() })
                    : throw new Errors.StormpathErrorException(Errors.ErrorCatalog.NotFound());
            });

            v1.MapDelete($"/{owner}/{{id}}/customData/{{key}}", async Task<NoContent> (string id, string key, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
            {
                var record = await FindOwnerAsync(db, caller.TenantId, owner, id, ct);
                record.CustomData = CustomDataDocument.Remove(record.CustomData, key);
                record.CustomDataModifiedAt = Timestamps.Now(time);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            });
        }
    }

    private static async Task<CustomDataOwnerRecord> FindOwnerAsync(StormpathServerDbContext db, string tenantId, string owner, string id, CancellationToken ct) => owner switch
    {
        "tenants" => await db.TenantAsync(tenantId, id, ct),
        "applications" => await db.ApplicationAsync(tenantId, id, ct),
        "directories" => await db.DirectoryAsync(tenantId, id, ct),
        "accounts" => await db.AccountAsync(tenantId, id, ct),
        _ => await db.GroupAsync(tenantId, id, ct),
    };
}
