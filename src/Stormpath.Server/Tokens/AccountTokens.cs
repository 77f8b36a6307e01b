using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stormpath.Server.Errors;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Tokens;

/// <summary>
/// Email verification and password reset tokens (§7): random 256-bit values, stored only as SHA-256,
/// single use (consumed by a conditional delete, so two parallel consumes cannot both succeed), with an expiry.
/// </summary>
internal sealed class AccountTokens(
    StormpathServerDbContext db,
    ResourceLinks links,
    IAccountMessages messages,
    IOptions<StormpathServerOptions> options,
    TimeProvider timeProvider)
{
    /// <summary>Adds a verification token for a new or re-verifying account (saved with the caller's changes) and returns its value.</summary>
    public string AddEmailVerificationToken(AccountRecord account, DateTime now)
    {
        var token = ResourceIds.NewToken();
        db.EmailVerificationTokens.Add(new EmailVerificationTokenRecord
        {
            Id = ResourceIds.NewId(),
            AccountId = account.Id,
            TokenHash = ResourceIds.HashToken(token),
            CreatedAt = now,
            ModifiedAt = now,
            ExpiresAt = now + options.Value.EmailVerificationTokenLifetime,
        });
        return token;
    }

    public Task SendVerificationEmailAsync(AccountRecord account, DirectoryRecord directory, string token, CancellationToken cancellationToken) =>
        messages.SendVerificationAsync(account, LinkBase("emailVerificationTokens"), token, cancellationToken);

    public Task SendWelcomeEmailAsync(AccountRecord account, CancellationToken cancellationToken) =>
        messages.SendWelcomeAsync(account, cancellationToken);

    /// <summary>
    /// Consumes a verification token: the account becomes ENABLED and VERIFIED (§7.2). Unknown, used or expired → 404.
    /// </summary>
    /// <remarks>
    /// <paramref name="token"/> is the value from the email, or the token's id: the account's
    /// <c>emailVerificationToken</c> link carries the id (only the value's hash is stored), and SDKs verify by
    /// POSTing to that href. Only a tenant API key can call this, and it may set <c>emailVerificationStatus</c> anyway.
    /// </remarks>
    public async Task<AccountRecord> VerifyEmailAsync(string tenantId, string token, CancellationToken cancellationToken)
    {
        var hash = ResourceIds.HashToken(token);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var record = await db.EmailVerificationTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => (t.TokenHash == hash || t.Id == token) && t.ExpiresAt > now && db.Accounts.Any(a => a.Id == t.AccountId && a.TenantId == tenantId), cancellationToken)
            ?? throw new StormpathErrorException(ErrorCatalog.NotFound());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.EmailVerificationTokens.Where(t => t.Id == record.Id).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            throw new StormpathErrorException(ErrorCatalog.NotFound());
        }

        var account = await db.Accounts.FirstAsync(a => a.Id == record.AccountId, cancellationToken);
        if (account.Status == "UNVERIFIED")
        {
            account.Status = "ENABLED";
        }

        account.EmailVerificationStatus = "VERIFIED";
        account.ModifiedAt = Timestamps.Now(timeProvider);
        await db.EmailVerificationTokens.Where(t => t.AccountId == account.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var directory = await db.Directories.AsNoTracking().FirstAsync(d => d.Id == account.DirectoryId, cancellationToken);
        if (directory.VerificationSuccessEmailStatus == "ENABLED")
        {
            await messages.SendVerificationSuccessAsync(account, cancellationToken);
        }

        if (directory.WelcomeEmailStatus == "ENABLED")
        {
            await messages.SendWelcomeAsync(account, cancellationToken);
        }

        return account;
    }

    /// <summary>Creates a reset token for the account and emails it when the policy says so (§7.1); returns the token value.</summary>
    public async Task<string> CreatePasswordResetAsync(ApplicationRecord application, AccountRecord account, DirectoryRecord directory, CancellationToken cancellationToken)
    {
        var token = ResourceIds.NewToken();
        var now = Timestamps.Now(timeProvider);
        db.PasswordResetTokens.Add(new PasswordResetTokenRecord
        {
            Id = ResourceIds.NewId(),
            AccountId = account.Id,
            ApplicationId = application.Id,
            Email = account.Email,
            TokenHash = ResourceIds.HashToken(token),
            CreatedAt = now,
            ModifiedAt = now,
            ExpiresAt = now.AddHours(directory.ResetTokenTtlHours),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (directory.ResetEmailStatus == "ENABLED")
        {
            await messages.SendPasswordResetAsync(account, LinkBase("passwordResetTokens"), token, TimeSpan.FromHours(directory.ResetTokenTtlHours), cancellationToken);
        }

        return token;
    }

    /// <summary>A valid reset token of the application, or 404.</summary>
    public async Task<PasswordResetTokenRecord> FindPasswordResetAsync(ApplicationRecord application, string token, CancellationToken cancellationToken)
    {
        var hash = ResourceIds.HashToken(token);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return await db.PasswordResetTokens.AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.ApplicationId == application.Id && t.ExpiresAt > now, cancellationToken)
            ?? throw new StormpathErrorException(ErrorCatalog.NotFound());
    }

    /// <summary>Claims a reset token for single use; false when another request consumed it first.</summary>
    public async Task<bool> ClaimPasswordResetAsync(PasswordResetTokenRecord record, CancellationToken cancellationToken) =>
        await db.PasswordResetTokens.Where(t => t.Id == record.Id).ExecuteDeleteAsync(cancellationToken) == 1;

    public Task SendPasswordResetSuccessAsync(AccountRecord account, CancellationToken cancellationToken) =>
        messages.SendPasswordResetSuccessAsync(account, cancellationToken);

    public JsonObject PasswordResetToken(ApplicationRecord application, string token, PasswordResetTokenRecord record) => new()
    {
        ["href"] = links.Href("applications", application.Id, "passwordResetTokens", token),
        ["email"] = record.Email,
        ["account"] = links.Link("accounts", record.AccountId),
    };

    /// <summary>
    /// The page an email links to (<c>{linkBase}?sptoken={token}</c>): <see cref="StormpathServerOptions.DefaultLinkBaseUrl"/>,
    /// else <c>{public origin}/emailVerificationTokens</c> or <c>/passwordResetTokens</c>, which an application
    /// in front of the server is expected to serve.
    /// </summary>
    private string LinkBase(string kind) => options.Value.DefaultLinkBaseUrl ?? $"{links.Origin}/{kind}";
}
