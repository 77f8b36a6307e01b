using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Stormpath.Server.Passwords;
using Stormpath.Server.Errors;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Login;

/// <summary>
/// A basic login attempt (§5). Every outcome costs exactly one bcrypt verification, so the time taken does
/// not tell an unknown login from a wrong password. Every failure carries the same end-user message.
/// Failed attempts are counted by atomic SQL updates, so parallel attempts cannot lose a count; reaching
/// <see cref="StormpathServerOptions.LockoutThreshold"/> locks the account for
/// <see cref="StormpathServerOptions.LockoutDuration"/> (7103).
/// </summary>
internal sealed class LoginService(
    StormpathServerDbContext db,
    ApplicationAccountFinder finder,
    IAccountPasswordHasher hasher,
    IOptions<StormpathServerOptions> options,
    TimeProvider timeProvider,
    ILogger<LoginService> logger)
{
    public async Task<AccountRecord> AuthenticateAsync(ApplicationRecord application, HttpRequest request, ResourceBody body, CancellationToken cancellationToken)
    {
        if (!body.TryGetEnum("type", ["basic"], out _))
        {
            throw new StormpathErrorException(ErrorCatalog.Required("Login attempt", "type"));
        }

        body.TryGetRequiredString("value", 8192, required: true, out var value);
        var (login, password) = Decode(value);
        string? storeHref = body.TryGetLinkHref("accountStore", required: false, out var href) ? href : null;

        if (application.Status != "ENABLED")
        {
            hasher.VerifyDummyPassword(password);
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7101, "The application is disabled; nobody can log in to it."));
        }

        var stores = await finder.StoresAsync(application, request, storeHref, cancellationToken);
        var found = await finder.FindAsync(stores, login, emailOnly: false, cancellationToken);
        if (found is null)
        {
            hasher.VerifyDummyPassword(password);
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7104, "Login attempt failed because there is no account with that username or email in the application's account stores."));
        }

        var account = found.Account;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var verification = hasher.VerifyPassword(password, account.PasswordHash);
        var passwordMatches = verification != PasswordVerification.Failed;
        if (account.LockedUntil is { } until && until > now)
        {
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7103, "The account is locked after too many failed login attempts; try again later."));
        }

        if (!passwordMatches)
        {
            await CountFailureAsync(account, now, cancellationToken);
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7100, "Login attempt failed because the specified password is incorrect."));
        }

        if (account.Status == "DISABLED")
        {
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7101, "The account is disabled."));
        }

        if (account.Status == "UNVERIFIED")
        {
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7102, "The account has not verified its email address."));
        }

        if (found.Directory.Status != "ENABLED")
        {
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7106, "The account's directory is disabled."));
        }

        if (found.Group is { Status: not "ENABLED" })
        {
            throw new StormpathErrorException(ErrorCatalog.LoginFailed(7105, "The account store group is disabled."));
        }

        if (verification == PasswordVerification.SucceededRehashNeeded)
        {
            // §4.2: an imported hash (or an older work factor) is replaced by the server's own after a good login.
            var rehashed = hasher.HashPassword(password);
            var previousHash = account.PasswordHash;
            await db.Accounts.Where(a => a.Id == account.Id && a.PasswordHash == previousHash)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PasswordHash, rehashed), cancellationToken);
        }

        if (account.FailedLoginCount != 0 || account.LockedUntil is not null)
        {
            await db.Accounts.Where(a => a.Id == account.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedLoginCount, 0).SetProperty(a => a.LockedUntil, (DateTime?)null), cancellationToken);
        }

        return account;
    }

    private async Task CountFailureAsync(AccountRecord account, DateTime now, CancellationToken cancellationToken)
    {
        var threshold = options.Value.LockoutThreshold;
        await db.Accounts.Where(a => a.Id == account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedLoginCount, a => a.FailedLoginCount + 1), cancellationToken);
        var until = Timestamps.Now(timeProvider) + options.Value.LockoutDuration;
        var locked = await db.Accounts.Where(a => a.Id == account.Id && a.FailedLoginCount >= threshold)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, until).SetProperty(a => a.FailedLoginCount, 0), cancellationToken);
        if (locked > 0)
        {
            logger.LogWarning("Account {AccountId} locked until {LockedUntil} after {Threshold} failed logins", account.Id, until, threshold);
        }
    }

    private static (string Login, string Password) Decode(string value)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidValue("value", "it must be base64(login:password)."));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidValue("value", "it must be base64(login:password) with a non-empty login."));
        }

        return (decoded[..colon], decoded[(colon + 1)..]);
    }
}
