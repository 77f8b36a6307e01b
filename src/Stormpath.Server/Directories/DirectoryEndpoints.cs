using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Accounts;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Directories;

/// <summary>The directory endpoints (§3.3). Deleting a directory deletes its accounts, groups and mappings.</summary>
internal static class DirectoryEndpoints
{
    private static readonly string[] ReadOnlyLinks = ["tenant", "provider", "passwordPolicy", "accountCreationPolicy", "accounts", "groups", "applications"];

    public static void MapDirectories(this RouteGroupBuilder v1)
    {
        var directories = v1.MapGroup("/directories");

        directories.MapPost("", async Task<Created<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            // Parsed first: a bad expand is a 400 that must not leave a directory behind.
            var expansion = Expansion.FromQuery(request, Representations.DirectoryExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Directory", NamedFields.Writable, ReadOnlyLinks);
            var now = Timestamps.Now(time);
            var directory = DirectoryFactory.Create(caller.TenantId, "", now);
            Apply(body, directory, creating: true, now);
            db.Directories.Add(directory);
            await DatabaseErrors.SaveChangesAsync(db, _ => NamedFields.Duplicate("Directory"), ct);
            var json = await rep.DirectoryAsync(directory, expansion, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        directories.MapGet("", async Task<Ok<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var expand = Expansion.FromQuery(request, Representations.DirectoryExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("directories"), db.Directories.Where(d => d.TenantId == caller.TenantId),
                CollectionQuery.FromRequest(request), Schemas.Directories, (d, c) => rep.DirectoryAsync(d, expand, c), ct));
        });

        directories.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.DirectoryAsync(directory, Expansion.FromQuery(request, Representations.DirectoryExpandable), ct));
        });

        directories.MapPost("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var expansion = Expansion.FromQuery(request, Representations.DirectoryExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Directory", NamedFields.Writable, ReadOnlyLinks);
            Apply(body, directory, creating: false, Timestamps.Now(time));
            await DatabaseErrors.SaveChangesAsync(db, _ => NamedFields.Duplicate("Directory"), ct);
            return TypedResults.Ok(await rep.DirectoryAsync(directory, expansion, ct));
        });

        // The database cascades to accounts, groups, memberships and mappings (also those of the directory's groups).
        directories.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var cascaded = db.AccountStoreMappings.Where(m => m.DirectoryId == directory.Id || db.Groups.Any(g => g.Id == m.GroupId && g.DirectoryId == directory.Id));
            await Applications.AccountStoreMappingEndpoints.DeleteStoreAsync(db, directory, cascaded, Timestamps.Now(time), ct);
            return TypedResults.NoContent();
        });

        directories.MapGet("/{id}/provider", async Task<Ok<JsonObject>> (string id, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
            TypedResults.Ok(rep.Provider(await db.DirectoryAsync(caller.TenantId, id, ct))));

        directories.MapGet("/{id}/accounts", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.AccountExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("directories", directory.Id, "accounts"), db.Accounts.Where(a => a.DirectoryId == directory.Id),
                CollectionQuery.FromRequest(request), Schemas.Accounts, (a, c) => rep.AccountAsync(a, expand, c), ct));
        });

        directories.MapPost("/{id}/accounts", async Task<Created<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, AccountWriter writer, CallerContext caller, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var json = await writer.CreateAsync(request, directory, group: null, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        directories.MapGet("/{id}/groups", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("directories", directory.Id, "groups"), db.Groups.Where(g => g.DirectoryId == directory.Id),
                CollectionQuery.FromRequest(request), Schemas.Groups, (g, c) => rep.GroupAsync(g, expand, c), ct));
        });

        directories.MapPost("/{id}/groups", async Task<Created<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var json = await Groups.GroupEndpoints.CreateGroupAsync(request, directory, db, rep, time, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        directories.MapGet("/{id}/applications", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("directories", directory.Id, "applications"), Sources.ApplicationsOfDirectory(db, directory.Id),
                CollectionQuery.FromRequest(request), Schemas.Applications, (a, c) => rep.ApplicationAsync(a, expand, c), ct));
        });
    }

    private static void Apply(ResourceBody body, DirectoryRecord directory, bool creating, DateTime now) =>
        NamedFields.Apply(body, creating, 1000, directory, n => (directory.Name, directory.NormalizedName) = (n, n.ToLowerInvariant()), d => directory.Description = d, s => directory.Status = s, now);
}
