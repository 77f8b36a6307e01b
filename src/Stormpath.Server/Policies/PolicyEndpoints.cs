using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Stormpath.Server.Auth;
using Stormpath.Server.Errors;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Policies;

/// <summary>
/// A directory's password policy, password strength and account creation policy (§3.10), which share the
/// directory's id. Email template collections are not served: the server's own message bodies are used.
/// </summary>
internal static class PolicyEndpoints
{
    public static void MapPolicies(this RouteGroupBuilder v1)
    {
        v1.MapGet("/passwordPolicies/{id}", async Task<Ok<JsonObject>> (string id, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
            TypedResults.Ok(rep.PasswordPolicy(await db.DirectoryAsync(caller.TenantId, id, ct))));

        v1.MapPost("/passwordPolicies/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Password policy",
                ["resetTokenTtl", "resetEmailStatus", "resetSuccessEmailStatus"], ["strength", "resetEmailTemplates", "resetSuccessEmailTemplates"]);
            if (body.TryGetInt32("resetTokenTtl", 1, 168, out var ttl))
            {
                directory.ResetTokenTtlHours = ttl;
            }

            if (body.TryGetEnum("resetEmailStatus", NamedFields.Statuses, out var reset))
            {
                directory.ResetEmailStatus = reset;
            }

            if (body.TryGetEnum("resetSuccessEmailStatus", NamedFields.Statuses, out var success))
            {
                directory.ResetSuccessEmailStatus = success;
            }

            directory.PasswordPolicyModifiedAt = Timestamps.Now(time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(rep.PasswordPolicy(directory));
        });

        v1.MapGet("/passwordPolicies/{id}/strength", async Task<Ok<JsonObject>> (string id, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
            TypedResults.Ok(rep.PasswordStrength(await db.DirectoryAsync(caller.TenantId, id, ct))));

        v1.MapPost("/passwordPolicies/{id}/strength", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Password strength",
                ["minLength", "maxLength", "minLowerCase", "minUpperCase", "minNumeric", "minSymbol", "minDiacritic", "preventReuse"]);
            directory.MinLength = body.TryGetInt32("minLength", 1, 1024, out var v) ? v : directory.MinLength;
            directory.MaxLength = body.TryGetInt32("maxLength", 1, 1024, out v) ? v : directory.MaxLength;
            directory.MinLowerCase = body.TryGetInt32("minLowerCase", 0, 1024, out v) ? v : directory.MinLowerCase;
            directory.MinUpperCase = body.TryGetInt32("minUpperCase", 0, 1024, out v) ? v : directory.MinUpperCase;
            directory.MinNumeric = body.TryGetInt32("minNumeric", 0, 1024, out v) ? v : directory.MinNumeric;
            directory.MinSymbol = body.TryGetInt32("minSymbol", 0, 1024, out v) ? v : directory.MinSymbol;
            directory.MinDiacritic = body.TryGetInt32("minDiacritic", 0, 1024, out v) ? v : directory.MinDiacritic;
            directory.PreventReuse = body.TryGetInt32("preventReuse", 0, 25, out v) ? v : directory.PreventReuse;
            if (directory.MinLength > directory.MaxLength)
            {
                throw new StormpathErrorException(ErrorCatalog.InvalidValue("minLength", "minLength cannot exceed maxLength."));
            }

            directory.StrengthModifiedAt = Timestamps.Now(time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(rep.PasswordStrength(directory));
        });

        v1.MapGet("/accountCreationPolicies/{id}", async Task<Ok<JsonObject>> (string id, StormpathServerDbContext db, Representations rep, CallerContext caller, CancellationToken ct) =>
            TypedResults.Ok(rep.AccountCreationPolicy(await db.DirectoryAsync(caller.TenantId, id, ct))));

        v1.MapPost("/accountCreationPolicies/{id}", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, Representations rep, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var directory = await db.DirectoryAsync(caller.TenantId, id, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Account creation policy",
                ["verificationEmailStatus", "verificationSuccessEmailStatus", "welcomeEmailStatus", "emailDomainWhitelist", "emailDomainBlacklist"],
                ["verificationEmailTemplates", "verificationSuccessEmailTemplates", "welcomeEmailTemplates"]);
            if (body.TryGetEnum("verificationEmailStatus", NamedFields.Statuses, out var s))
            {
                directory.VerificationEmailStatus = s;
            }

            if (body.TryGetEnum("verificationSuccessEmailStatus", NamedFields.Statuses, out s))
            {
                directory.VerificationSuccessEmailStatus = s;
            }

            if (body.TryGetEnum("welcomeEmailStatus", NamedFields.Statuses, out s))
            {
                directory.WelcomeEmailStatus = s;
            }

            if (body.TryGetStringArray("emailDomainWhitelist", 1000, out var whitelist))
            {
                directory.EmailDomainWhitelist = JsonSerializer.Serialize(whitelist);
            }

            if (body.TryGetStringArray("emailDomainBlacklist", 1000, out var blacklist))
            {
                directory.EmailDomainBlacklist = JsonSerializer.Serialize(blacklist);
            }

            directory.AccountCreationPolicyModifiedAt = Timestamps.Now(time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(rep.AccountCreationPolicy(directory));
        });
    }
}
