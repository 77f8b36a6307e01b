using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Errors;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Groups;

/// <summary>The group endpoints (§3.4) and group memberships (§3.5).</summary>
internal static class GroupEndpoints
{
    private static readonly string[] ReadOnlyLinks = ["tenant", "directory", "accounts", "accountMemberships", "applications"];

    public static void MapGroups(this RouteGroupBuilder v1)
    {
        var groups = v1.MapGroup("/groups");

        groups.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.GroupAsync(group, Expansion.FromQuery(request, Representations.GroupExpandable), ct));
        });

        groups.MapPost("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            var expansion = Expansion.FromQuery(request, Representations.GroupExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Group", NamedFields.Writable, ReadOnlyLinks);
            Apply(body, group, creating: false, Timestamps.Now(time));
            await DatabaseErrors.SaveChangesAsync(db, _ => NamedFields.Duplicate("Group"), ct);
            return TypedResults.Ok(await rep.GroupAsync(group, expansion, ct));
        });

        // The database cascades to the group's memberships and mappings.
        groups.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            await Applications.AccountStoreMappingEndpoints.DeleteStoreAsync(db, group, db.AccountStoreMappings.Where(m => m.GroupId == group.Id), Timestamps.Now(time), ct);
            return TypedResults.NoContent();
        });

        groups.MapGet("/{id}/accounts", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.AccountExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("groups", group.Id, "accounts"), Sources.AccountsOfGroup(db, group.Id),
                CollectionQuery.FromRequest(request), Schemas.Accounts, (a, c) => rep.AccountAsync(a, expand, c), ct));
        });

        groups.MapGet("/{id}/accountMemberships", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupMembershipExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("groups", group.Id, "accountMemberships"), db.GroupMemberships.Where(m => m.GroupId == group.Id),
                CollectionQuery.FromRequest(request), Schemas.GroupMemberships, (m, c) => rep.GroupMembershipAsync(m, expand, c), ct));
        });

        groups.MapGet("/{id}/applications", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var group = await db.GroupAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("groups", group.Id, "applications"), Sources.ApplicationsOfGroup(db, group),
                CollectionQuery.FromRequest(request), Schemas.Applications, (a, c) => rep.ApplicationAsync(a, expand, c), ct));
        });

        var memberships = v1.MapGroup("/groupMemberships");

        memberships.MapPost("", async Task<Created<JsonObject>> (HttpRequest request, StormpathServerDbContext db, Representations rep, ResourceLinks links, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var expansion = Expansion.FromQuery(request, Representations.GroupMembershipExpandable);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Group membership", ["account", "group"]);
            body.TryGetLinkHref("account", required: true, out var accountHref);
            body.TryGetLinkHref("group", required: true, out var groupHref);
            var account = (AccountRecord)await db.ResolveLinkAsync(links, request, caller.TenantId, "account", accountHref, ["accounts"], ct);
            var group = (GroupRecord)await db.ResolveLinkAsync(links, request, caller.TenantId, "group", groupHref, ["groups"], ct);
            if (account.DirectoryId != group.DirectoryId)
            {
                throw new StormpathErrorException(ErrorCatalog.InvalidValue("group", "the account and the group must be in the same directory."));
            }

            var now = Timestamps.Now(time);
            var membership = new GroupMembershipRecord { Id = ResourceIds.NewId(), AccountId = account.Id, GroupId = group.Id, CreatedAt = now, ModifiedAt = now };
            db.GroupMemberships.Add(membership);
            await DatabaseErrors.SaveChangesAsync(db, _ => ErrorCatalog.Duplicate("Group membership", "account"), ct);
            var json = await rep.GroupMembershipAsync(membership, expansion, ct);
            return TypedResults.Created(json["href"]!.GetValue<string>(), json);
        });

        memberships.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var membership = await db.GroupMembershipAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.GroupMembershipAsync(membership, Expansion.FromQuery(request, Representations.GroupMembershipExpandable), ct));
        });

        memberships.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, CancellationToken ct) =>
        {
            var membership = await db.GroupMembershipAsync(caller.TenantId, id, ct);
            db.GroupMemberships.Remove(membership);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });
    }

    /// <summary>Creates a group in a directory, from a create body (§3.4).</summary>
    internal static async Task<JsonObject> CreateGroupAsync(HttpRequest request, DirectoryRecord directory, StormpathServerDbContext db, Representations rep, TimeProvider time, CancellationToken ct)
    {
        // Parsed first: a bad expand is a 400 that must not leave a group behind.
        var expansion = Expansion.FromQuery(request, Representations.GroupExpandable);
        var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Group", NamedFields.Writable, ReadOnlyLinks);
        var group = new GroupRecord { Id = ResourceIds.NewId(), TenantId = directory.TenantId, DirectoryId = directory.Id };
        Apply(body, group, creating: true, Timestamps.Now(time));
        db.Groups.Add(group);
        await DatabaseErrors.SaveChangesAsync(db, _ => NamedFields.Duplicate("Group"), ct);
        return await rep.GroupAsync(group, expansion, ct);
    }

    private static void Apply(ResourceBody body, GroupRecord group, bool creating, DateTime now) =>
        NamedFields.Apply(body, creating, 1000, group, n => (group.Name, group.NormalizedName) = (n, n.ToLowerInvariant()), d => group.Description = d, s => group.Status = s, now);
}
