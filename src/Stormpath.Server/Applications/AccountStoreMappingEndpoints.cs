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
            var index = body.TryGetInt32("listIndex", int.MinValue, int.MaxValue, out var requested) ? requested : int.MaxValue;
            var (applicationId, directoryId, groupId) = (application.Id, (store as DirectoryRecord)?.Id, (store as GroupRecord)?.Id);
            var mapping = await SerializedAsync(db, async () =>
            {
                var created = new AccountStoreMappingRecord
                {
                    Id = ResourceIds.NewId(), ApplicationId = applicationId, DirectoryId = directoryId, GroupId = groupId, CreatedAt = now,
                };
                var existing = await OrderedAsync(db, applicationId, ct);
                if (existing.Any(m => m.DirectoryId == directoryId && m.GroupId == groupId))
                {
                    throw new StormpathErrorException(ErrorCatalog.DuplicateMapping());
                }

                existing.Insert(Math.Clamp(index, 0, existing.Count), created);
                Apply(body, created, existing, now);
                db.AccountStoreMappings.Add(created);
                await DatabaseErrors.SaveChangesAsync(db, _ => ErrorCatalog.DuplicateMapping(), ct);
                return created;
            }, ct);
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
            var expansion = Expansion.FromQuery(request, Representations.AccountStoreMappingExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Account store mapping", ["listIndex", "isDefaultAccountStore", "isDefaultGroupStore"], ["application", "accountStore"]);
            var mapping = await SerializedAsync(db, async () =>
            {
                var found = await db.AccountStoreMappingAsync(caller.TenantId, id, ct);
                var ordered = await OrderedAsync(db, found.ApplicationId, ct);
                if (body.TryGetInt32("listIndex", int.MinValue, int.MaxValue, out var index))
                {
                    ordered.Remove(found);
                    ordered.Insert(Math.Clamp(index, 0, ordered.Count), found);
                }

                Apply(body, found, ordered, Timestamps.Now(time));
                await db.SaveChangesAsync(ct);
                return found;
            }, ct);
            return TypedResults.Ok(await rep.AccountStoreMappingAsync(mapping, expansion, ct));
        });

        mappings.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            await SerializedAsync(db, async () =>
            {
                var mapping = await db.AccountStoreMappingAsync(caller.TenantId, id, ct);
                var ordered = await OrderedAsync(db, mapping.ApplicationId, ct);
                ordered.Remove(mapping);
                db.AccountStoreMappings.Remove(mapping);
                Renumber(ordered, Timestamps.Now(time));
                await db.SaveChangesAsync(ct);
                return mapping;
            }, ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>
    /// Deletes an account store (directory or group) and closes the gaps its cascaded mappings leave in the
    /// <c>listIndex</c> order of every application that mapped it, in one transaction.
    /// </summary>
    internal static async Task DeleteStoreAsync(StormpathServerDbContext db, StormpathRecord store, IQueryable<AccountStoreMappingRecord> cascaded, DateTime now, CancellationToken ct)
    {
        var (type, id) = (store.GetType(), store.Id);
        await SerializedAsync(db, async () =>
        {
            var applicationIds = await cascaded.Select(m => m.ApplicationId).Distinct().ToListAsync(ct);
            db.Remove(await db.FindAsync(type, [id], ct) ?? throw new StormpathErrorException(ErrorCatalog.NotFound()));
            await db.SaveChangesAsync(ct);
            foreach (var applicationId in applicationIds)
            {
                Renumber(await OrderedAsync(db, applicationId, ct), now);
            }

            await db.SaveChangesAsync(ct);
            return store;
        }, ct);
    }

    /// <summary>
    /// Runs a read-renumber-write of an application's mappings serialized against every other one, so parallel
    /// creates, moves and deletes keep <c>listIndex</c> 0…n-1 without duplicates. SQLite's transactions take the
    /// write lock at BEGIN; PostgreSQL runs it SERIALIZABLE and it is retried on a serialization failure.
    /// </summary>
    private static async Task<T> SerializedAsync<T>(StormpathServerDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Disposing an uncommitted transaction rolls it back. BEGIN itself may find SQLite busy.
                await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
                var result = await work();
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < 50 && IsSerializationFailure(e))
            {
                db.ChangeTracker.Clear();

                // A real pause (not the injected clock, which tests stop): let the other writer finish.
                await Task.Delay(TimeSpan.FromMilliseconds(5 * (attempt + 1)), ct);
            }
        }
    }

    private static bool IsSerializationFailure(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is Npgsql.PostgresException { SqlState: "40001" or "40P01" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
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
