using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Auth;
using Stormpath.Server.Collections;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Login;

/// <summary><c>POST /applications/{id}/loginAttempts[?expand=account]</c> (§5): 200 with the account link or the account.</summary>
internal static class LoginAttemptEndpoints
{
    public static void MapLoginAttempts(this RouteGroupBuilder v1) =>
        v1.MapPost("/applications/{id}/loginAttempts", async Task<Ok<JsonObject>> (string id, HttpRequest request, HttpResponse response, StormpathServerDbContext db, LoginService login, Representations rep, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var expansion = Expansion.FromQuery(request, ["account"]);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Login attempt", ["type", "value", "accountStore"]);
            var account = await login.AuthenticateAsync(application, request, body, ct);
            var href = rep.Links.Href("accounts", account.Id);
            response.Headers.Location = href;
            return TypedResults.Ok(new JsonObject
            {
                ["account"] = expansion.Contains("account") ? await rep.AccountAsync(account, Expansion.None, ct) : new JsonObject { ["href"] = href },
            });
        });
}
