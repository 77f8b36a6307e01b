using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Errors;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Applications;

/// <summary>
/// Account store mappings (§3.6). The mappings of an application are kept numbered 0…n-1 in login order:
/// a negative <c>listIndex</c> becomes 0, one past the end appends, and the others shift to make room.
/// </summary>
internal static class AccountStoreMappingEndpoints
{
    private static readonly string[] Writable = ["application", "accountStore", "listIndex", "isDefaultAccountStore", "isDefaultGroupStore"];

    public static void MapAccountStoreMappings(this RouteGroupBuilder v1)
    {
        var mappings = v1.MapGroup("/accountStoreMappings");

        mappings.MapPost("", async Task<Created<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, ResourceLinks links, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            // Parsed first: a bad expand is a 400 that must not leave a mapping behind.
            var expansion = Expansion.FromQuery(request, Representations.AccountStoreMappingExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Account store mapping", Writable);
            body.TryGetLinkHref("application", required: true, out var applicationHref);
            body.TryGetLinkHref("accountStore", required: true, out var storeHref);
            var application = (ApplicationRecord)await db.ResolveLinkAsync(links, request, caller.TenantId, "application", applicationHref, ["applications"], ct);
            var store = await db.ResolveLinkAsync(links, request, caller.TenantId, "accountStore", storeHref, ["directories", "groups"], ct);
            var now = Timestamps.Now(time);
            var mapping = new AccountStoreMappingRecord
            {
                Id = ResourceIds.NewId(),
                ApplicationId = application.Id,
                DirectoryId = (store as DirectoryRecord)?.Id,
                GroupId = (store as GroupRecord)?.Id,
                CreatedAt = now,
            };

            var existing = await OrderedAsync(db, application.Id, ct);
            if (existing.Any(m => m.DirectoryId == mapping.DirectoryId && m.GroupId == mapping.GroupId))
            {
                throw new StormpathErrorException(ErrorCatalog.DuplicateMapping());
            }

            var index = body.TryGetInt32("listIndex", int.MinValue, int.MaxValue, out var requested) ? requested : int.MaxValue;
            existing.Insert(Math.Clamp(index, 0, existing.Count), mapping);
            Apply(body, mapping, existing, now);
            db.AccountStoreMappings.Add(mapping);
            await DatabaseErrors.SaveChangesAsync(db, _ => ErrorCatalog.DuplicateMapping(), ct);
            var json = await rep.AccountStoreMappingAsync(mapping, expansion, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        mappings.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var mapping = await db.AccountStoreMappingAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.AccountStoreMappingAsync(mapping, Expansion.FromQuery(request, Representations.AccountStoreMappingExpandable), ct));
        });

        mappings.MapPost("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var mapping = await db.AccountStoreMappingAsync(caller.TenantId, id, ct);
            var expansion = Expansion.FromQuery(request, Representations.AccountStoreMappingExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Account store mapping", ["listIndex", "isDefaultAccountStore", "isDefaultGroupStore"], ["application", "accountStore"]);
            var ordered = await OrderedAsync(db, mapping.ApplicationId, ct);
            if (body.TryGetInt32("listIndex", int.MinValue, int.MaxValue, out var index))
            {
                ordered.Remove(mapping);
                ordered.Insert(Math.Clamp(index, 0, ordered.Count), mapping);
            }

            Apply(body, mapping, ordered, Timestamps.Now(time));
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(await rep.AccountStoreMappingAsync(mapping, expansion, ct));
        });

        mappings.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var mapping = await db.AccountStoreMappingAsync(caller.TenantId, id, ct);
            var ordered = await OrderedAsync(db, mapping.ApplicationId, ct);
            ordered.Remove(mapping);
            db.AccountStoreMappings.Remove(mapping);
            Renumber(ordered, Timestamps.Now(time));
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>
    /// Deletes an account store (directory or group) and closes the gaps its cascaded mappings leave in the
    /// <c>listIndex</c> order of every application that mapped it, in one transaction.
    /// </summary>
    internal static async Task DeleteStoreAsync(StormpathServerDbContext db, StormpathRecord store, IQueryable<AccountStoreMappingRecord> cascaded, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var applicationIds = await cascaded.Select(m => m.ApplicationId).Distinct().ToListAsync(ct);
        db.Remove(store);
        await db.SaveChangesAsync(ct);
        foreach (var applicationId in applicationIds)
        {
            Renumber(await OrderedAsync(db, applicationId, ct), now);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static Task<List<AccountStoreMappingRecord>> OrderedAsync(StormpathServerDbContext db, string applicationId, CancellationToken ct) =>
        db.AccountStoreMappings.Where(m => m.ApplicationId == applicationId).OrderBy(m => m.ListIndex).ThenBy(m => m.CreatedAt).ToListAsync(ct);

    private static void Apply(ResourceBody body, AccountStoreMappingRecord mapping, List<AccountStoreMappingRecord> ordered, DateTime now)
    {
        if (body.TryGetBoolean("isDefaultAccountStore", out var defaultAccountStore))
        {
            if (defaultAccountStore)
            {
                ordered.ForEach(m => m.IsDefaultAccountStore = false);
            }

            mapping.IsDefaultAccountStore = defaultAccountStore;
        }

        if (body.TryGetBoolean("isDefaultGroupStore", out var defaultGroupStore))
        {
            if (defaultGroupStore && mapping.DirectoryId is null)
            {
                throw new StormpathErrorException(ErrorCatalog.GroupStoreMustBeDirectory());
            }

            if (defaultGroupStore)
            {
                ordered.ForEach(m => m.IsDefaultGroupStore = false);
            }

            mapping.IsDefaultGroupStore = defaultGroupStore;
        }

        mapping.ModifiedAt = now;
        Renumber(ordered, now);
    }

    private static void Renumber(List<AccountStoreMappingRecord> ordered, DateTime now)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].ListIndex != i)
            {
                ordered[i].ListIndex = i;
                ordered[i].ModifiedAt = now;
            }
        }
    }
}
