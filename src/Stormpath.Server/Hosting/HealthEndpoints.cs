using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Hosting;

/// <summary><c>GET /health</c>, anonymous: 200 UP when the database answers, 503 DOWN otherwise.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async Task<Results<Ok<JsonObject>, JsonHttpResult<JsonObject>>> (StormpathServerDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? TypedResults.Ok(new JsonObject { ["status"] = "UP" })
                : TypedResults.Json(new JsonObject { ["status"] = "DOWN" }, statusCode: StatusCodes.Status503ServiceUnavailable));
}
