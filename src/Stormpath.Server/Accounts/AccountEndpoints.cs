using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;
using Stormpath.Server.Tokens;

namespace Stormpath.Server.Accounts;

/// <summary>The account endpoints (§4) and email verification (§7.2).</summary>
internal static class AccountEndpoints
{
    public static void MapAccounts(this RouteGroupBuilder v1)
    {
        var accounts = v1.MapGroup("/accounts");

        // §7.2: consume with no body → 200, Location and body = the account href.
        accounts.MapPost("/emailVerificationTokens/{token}", async Task<Ok<JsonObject>> (string token, HttpResponse response, AccountTokens tokens, ResourceLinks links, CallerContext caller, CancellationToken ct) =>
        {
            var account = await tokens.VerifyEmailAsync(caller.TenantId, token, ct);
            var href = links.Href("accounts", account.Id);
            response.Headers.Location = href;
            return TypedResults.Ok(new JsonObject { ["href"] = href });
        });

        accounts.MapGet("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await rep.AccountAsync(account, Expansion.FromQuery(request, Representations.AccountExpandable), ct));
        });

        accounts.MapPost("/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, AccountWriter writer, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(await writer.UpdateAsync(request, account, ct));
        });

        accounts.MapDelete("/{id}", async Task<NoContent> (string id, StormpathServerDbContext db, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            db.Accounts.Remove(account);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        accounts.MapGet("/{id}/groups", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("accounts", account.Id, "groups"), Sources.GroupsOfAccount(db, account.Id),
                CollectionQuery.FromRequest(request), Schemas.Groups, (g, c) => rep.GroupAsync(g, expand, c), ct));
        });

        accounts.MapGet("/{id}/groupMemberships", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.GroupMembershipExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("accounts", account.Id, "groupMemberships"), db.GroupMemberships.Where(m => m.AccountId == account.Id),
                CollectionQuery.FromRequest(request), Schemas.GroupMemberships, (m, c) => rep.GroupMembershipAsync(m, expand, c), ct));
        });

        accounts.MapGet("/{id}/applications", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var account = await db.AccountAsync(caller.TenantId, id, ct);
            var expand = Expansion.FromQuery(request, Representations.ApplicationExpandable);
            return TypedResults.Ok(await CollectionPage.BuildAsync(rep.Links.Href("accounts", account.Id, "applications"), Sources.ApplicationsOfAccount(db, account),
                CollectionQuery.FromRequest(request), Schemas.Applications, (a, c) => rep.ApplicationAsync(a, expand, c), ct));
        });
    }
}
