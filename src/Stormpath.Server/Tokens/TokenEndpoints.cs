using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Accounts;
using Stormpath.Server.Auth;
using Stormpath.Server.Errors;
using Stormpath.Server.Login;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>Password reset tokens (§7.1) and verification email resend (§7.2) on an application.</summary>
internal static class TokenEndpoints
{
    public static void MapAccountTokens(this RouteGroupBuilder v1)
    {
        var applications = v1.MapGroup("/applications/{id}");

        applications.MapPost("/passwordResetTokens", async Task<Ok<JsonObject>> (string id, HttpRequest request, StormpathServerDbContext db, ApplicationAccountFinder finder, AccountTokens tokens, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Password reset", ["email", "accountStore"]);
            body.TryGetRequiredString("email", 255, required: true, out var email);
            string? store = body.TryGetLinkHref("accountStore", required: false, out var href) ? href : null;
            var found = await finder.FindAsync(await finder.StoresAsync(application, request, store, ct), email, emailOnly: true, ct)
                ?? throw new StormpathErrorException(ErrorCatalog.UnknownEmail());
            var token = await tokens.CreatePasswordResetAsync(application, found.Account, found.Directory, ct);
            var record = await tokens.FindPasswordResetAsync(application, token, ct);
            return TypedResults.Ok(tokens.PasswordResetToken(application, token, record));
        });

        applications.MapGet("/passwordResetTokens/{token}", async Task<Ok<JsonObject>> (string id, string token, StormpathServerDbContext db, AccountTokens tokens, CallerContext caller, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            return TypedResults.Ok(tokens.PasswordResetToken(application, token, await tokens.FindPasswordResetAsync(application, token, ct)));
        });

        applications.MapPost("/passwordResetTokens/{token}", async Task<Ok<JsonObject>> (string id, string token, HttpRequest request, StormpathServerDbContext db, AccountTokens tokens, AccountWriter writer, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var record = await tokens.FindPasswordResetAsync(application, token, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Password reset", ["password"]);
            body.TryGetRequiredString("password", 4096, required: true, out var password);
            var account = await db.Accounts.FirstAsync(a => a.Id == record.AccountId, ct);
            var directory = await db.Directories.FirstAsync(d => d.Id == account.DirectoryId, ct);

            // The policy check comes first, so a rejected password leaves the token usable; the claim and
            // the new hash then commit together.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await writer.ChangePasswordAsync(account, directory, password, Timestamps.Now(time), ct);
            if (!await tokens.ClaimPasswordResetAsync(record, ct))
            {
                throw new StormpathErrorException(ErrorCatalog.NotFound());
            }

            account.ModifiedAt = Timestamps.Now(time);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            if (directory.ResetSuccessEmailStatus == "ENABLED")
            {
                await tokens.SendPasswordResetSuccessAsync(account, ct);
            }

            return TypedResults.Ok(tokens.PasswordResetToken(application, token, record));
        });

        applications.MapPost("/verificationEmails", async Task<Results<Accepted, ErrorResult>> (string id, HttpRequest request, StormpathServerDbContext db, ApplicationAccountFinder finder, AccountTokens tokens, CallerContext caller, TimeProvider time, CancellationToken ct) =>
        {
            var application = await db.ApplicationAsync(caller.TenantId, id, ct);
            var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, ct), "Verification email", ["login", "accountStore"]);
            body.TryGetRequiredString("login", 255, required: true, out var login);
            string? store = body.TryGetLinkHref("accountStore", required: false, out var href) ? href : null;
            var found = await finder.FindAsync(await finder.StoresAsync(application, request, store, ct), login, emailOnly: false, ct);
            if (found is null)
            {
                return new ErrorResult(ErrorCatalog.NotFound());
            }

            if (found.Directory.VerificationEmailStatus != "ENABLED")
            {
                return new ErrorResult(ErrorCatalog.VerificationWorkflowDisabled());
            }

            if (found.Account.EmailVerificationStatus != "VERIFIED")
            {
                var token = tokens.AddEmailVerificationToken(found.Account, Timestamps.Now(time));
                await db.SaveChangesAsync(ct);
                await tokens.SendVerificationEmailAsync(found.Account, found.Directory, token, ct);
            }

            return TypedResults.Accepted((string?)null);
        });
    }
}
