using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tenants;

/// <summary>The tenant endpoints (§3.1). Tenants are not created or deleted through the API.</summary>
internal static class TenantEndpoints
{
    public static void MapTenants(this RouteGroupBuilder v1)
    {
        var tenants = v1.MapGroup("/tenants");

        // §3.1: /tenants/current answers 302 to the caller's tenant; SDKs follow it.
        tenants.MapGet("/current", (HttpRequest request, CallerContext caller, ResourceLinks links) =>
            TypedResults.Redirect(links.Href("tenants", caller.TenantId) + request.QueryString.Value));

        tenants.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var tenant = await db.TenantAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.TenantAsync(tenant, Expansion.FromQuery(request, Representations.TenantExpandable), ct));
        });

        tenants.MapGet("/{id}/applications", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var tenant = await db.TenantAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("tenants", tenant.Id, "applications"), db.Applications.Where(a => a.TenantId == tenant.Id),
                CollectionQuery.FromRequest(request), Schemas.Applications, (a, c) => rep.ApplicationAsync(a, expand, c), ct));
        });

        tenants.MapGet("/{id}/directories", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var tenant = await db.TenantAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.DirectoryExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("tenants", tenant.Id, "directories"), db.Directories.Where(d => d.TenantId == tenant.Id),
                CollectionQuery.FromRequest(request), Schemas.Directories, (d, c) => rep.DirectoryAsync(d, expand, c), ct));
        });

        tenants.MapGet("/{id}/accounts", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var tenant = await db.TenantAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.AccountExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("tenants", tenant.Id, "accounts"), db.Accounts.Where(a => a.TenantId == tenant.Id),
                CollectionQuery.FromRequest(request), Schemas.Accounts, (a, c) => rep.AccountAsync(a, expand, c), ct));
        });

        tenants.MapGet("/{id}/groups", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var tenant = await db.TenantAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("tenants", tenant.Id, "groups"), db.Groups.Where(g => g.TenantId == tenant.Id),
                CollectionQuery.FromRequest(request), Schemas.Groups, (g, c) => rep.GroupAsync(g, expand, c), ct));
        });
    }
}
