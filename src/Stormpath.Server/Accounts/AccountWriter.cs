using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Collections;
using Stormpath.Server.CustomData;
using Stormpath.Server.Errors;
using Stormpath.Server.Hosting;
using Stormpath.Server.Passwords;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;
using Stormpath.Server.Tokens;

namespace Stormpath.Server.Accounts;

/// <summary>
/// Creates and updates accounts (§4.2, §4.3): validation, password policy and hashing, MCF import,
/// embedded customData, the verification workflow, and uniqueness that the database enforces.
/// </summary>
internal sealed class AccountWriter(
    StormpathServerDbContext db,
    Representations representations,
    IAccountPasswordHasher hasher,
    AccountTokens tokens,
    TimeProvider timeProvider)
{
    public static readonly string[] Statuses = ["ENABLED", "DISABLED", "UNVERIFIED"];
    public static readonly string[] EmailVerificationStatuses = ["UNVERIFIED", "VERIFIED", "UNKNOWN"];

    private static readonly string[] Writable =
        ["username", "email", "password", "givenName", "middleName", "surname", "status", "emailVerificationStatus", "customData"];

    private static readonly string[] ReadOnly =
        ["fullName", "emailVerificationToken", "passwordModifiedAt", "directory", "tenant", "groups", "groupMemberships", "applications", "providerData", "apiKeys", "accessTokens", "refreshTokens"];

    /// <summary>Creates an account in <paramref name="directory"/> (and adds it to <paramref name="group"/> when the default store is a group).</summary>
    public async Task<JsonObject> CreateAsync(HttpRequest request, DirectoryRecord directory, GroupRecord? group, CancellationToken cancellationToken)
    {
        var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, cancellationToken), "Account", Writable, ReadOnly);
        var expansion = Expansion.FromQuery(request, Representations.AccountExpandable);
        var now = Timestamps.Now(timeProvider);
        var account = new AccountRecord
        {
            Id = ResourceIds.NewId(),
            TenantId = directory.TenantId,
            DirectoryId = directory.Id,
            CreatedAt = now,
            CustomDataModifiedAt = now,
        };

        body.TryGetRequiredString("email", 255, required: true, out var email);
        SetEmail(account, email, directory);
        SetUsername(account, body.TryGetRequiredString("username", 255, required: false, out var username) ? username : email);
        ApplyNames(body, account);

        body.TryGetRequiredString("password", 4096, required: true, out var password);
        if (string.Equals(request.Query["passwordFormat"], "mcf", StringComparison.OrdinalIgnoreCase))
        {
            // §4.2: the password is an existing bcrypt hash, imported as is.
            account.PasswordHash = hasher.TryValidateImport(password, out var importError)
                ? password
                : throw new StormpathErrorException(ErrorCatalog.InvalidValue("password", $"passwordFormat=mcf needs a bcrypt ($2a$, $2b$, $2y$) or $stormpath2$ hash ({importError})."));
        }
        else
        {
            account.PasswordHash = HashNew(password, directory);
        }

        account.PasswordModifiedAt = now;
        account.Status = body.TryGetEnum("status", Statuses, out var status) ? status : "ENABLED";
        account.EmailVerificationStatus = body.TryGetEnum("emailVerificationStatus", EmailVerificationStatuses, out var verification) ? verification : "UNVERIFIED";

        var workflow = request.Query["registrationWorkflowEnabled"].ToString();
        var verify = directory.VerificationEmailStatus == "ENABLED" && !string.Equals(workflow, "false", StringComparison.OrdinalIgnoreCase);
        if (verify)
        {
            account.Status = "UNVERIFIED";
            account.EmailVerificationStatus = "UNVERIFIED";
        }

        if (body.TryGetObject("customData", out var customData))
        {
            account.CustomData = CustomDataDocument.Merge(account.CustomData, customData);
        }

        account.ModifiedAt = now;
        db.Accounts.Add(account);
        if (group is not null)
        {
            db.GroupMemberships.Add(new GroupMembershipRecord { Id = ResourceIds.NewId(), AccountId = account.Id, GroupId = group.Id, CreatedAt = now, ModifiedAt = now });
        }

        string? verificationToken = null;
        if (verify)
        {
            verificationToken = tokens.AddEmailVerificationToken(account, now);
        }

        await SaveAsync(account, cancellationToken);
        if (verificationToken is not null)
        {
            await tokens.SendVerificationEmailAsync(account, directory, verificationToken, cancellationToken);
        }
        else if (directory.WelcomeEmailStatus == "ENABLED" && !string.Equals(workflow, "false", StringComparison.OrdinalIgnoreCase))
        {
            await tokens.SendWelcomeEmailAsync(account, cancellationToken);
        }

        return await representations.AccountAsync(account, expansion, cancellationToken);
    }

    /// <summary>Applies a partial update (§4.3) and returns the full current account.</summary>
    public async Task<JsonObject> UpdateAsync(HttpRequest request, AccountRecord account, CancellationToken cancellationToken)
    {
        var body = new ResourceBody(await RequestBody.ReadRequiredObjectAsync(request, cancellationToken), "Account", Writable, ReadOnly);
        var expansion = Expansion.FromQuery(request, Representations.AccountExpandable);
        var directory = await db.Directories.FirstAsync(d => d.Id == account.DirectoryId, cancellationToken);
        var now = Timestamps.Now(timeProvider);

        if (body.TryGetRequiredString("email", 255, required: false, out var email))
        {
            SetEmail(account, email, directory);
        }

        if (body.TryGetRequiredString("username", 255, required: false, out var username))
        {
            SetUsername(account, username);
        }

        ApplyNames(body, account);
        if (body.TryGetRequiredString("password", 4096, required: false, out var password))
        {
            await ChangePasswordAsync(account, directory, password, now, cancellationToken);
        }

        if (body.TryGetEnum("status", Statuses, out var status))
        {
            account.Status = status;
        }

        if (body.TryGetEnum("emailVerificationStatus", EmailVerificationStatuses, out var verification))
        {
            account.EmailVerificationStatus = verification;
        }

        if (body.TryGetObject("customData", out var customData))
        {
            account.CustomData = CustomDataDocument.Merge(account.CustomData, customData);
            account.CustomDataModifiedAt = now;
        }

        account.ModifiedAt = now;
        await SaveAsync(account, cancellationToken);
        return await representations.AccountAsync(account, expansion, cancellationToken);
    }

    /// <summary>Sets a new password after the strength and reuse checks, keeping the old hash in the history.</summary>
    public async Task ChangePasswordAsync(AccountRecord account, DirectoryRecord directory, string password, DateTime now, CancellationToken cancellationToken)
    {
        EnforceStrength(password, directory);

        if (directory.PreventReuse > 0)
        {
            var previous = await db.PasswordHistory.Where(h => h.AccountId == account.Id)
                .OrderByDescending(h => h.CreatedAt).Take(directory.PreventReuse - 1).Select(h => h.PasswordHash).ToListAsync(cancellationToken);
            previous.Insert(0, account.PasswordHash);
            if (previous.Any(h => hasher.VerifyPassword(password, h) != PasswordVerification.Failed))
            {
                throw new StormpathErrorException(ErrorCatalog.PasswordReused());
            }
        }

        db.PasswordHistory.Add(new PasswordHistoryRecord { AccountId = account.Id, PasswordHash = account.PasswordHash, CreatedAt = now });
        account.PasswordHash = hasher.HashPassword(password);
        account.PasswordModifiedAt = now;
        account.FailedLoginCount = 0;
        account.LockedUntil = null;
    }

    private string HashNew(string password, DirectoryRecord directory)
    {
        EnforceStrength(password, directory);
        return hasher.HashPassword(password);
    }

    /// <summary>The directory's strength rules; the first violation answers (2007, 2008 or 2002).</summary>
    private static void EnforceStrength(string password, DirectoryRecord directory)
    {
        var settings = new PasswordStrengthSettings(directory.MinLength, directory.MaxLength, directory.MinLowerCase, directory.MinUpperCase,
            directory.MinNumeric, directory.MinSymbol, directory.MinDiacritic);
        if (PasswordStrengthPolicy.Evaluate(password, settings) is [var violation, ..])
        {
            throw new StormpathErrorException(new StormpathError(400, violation.Code, violation.Message));
        }
    }

    private static void SetEmail(AccountRecord account, string email, DirectoryRecord directory)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1 || email.Any(char.IsWhiteSpace) || !email[(at + 1)..].Contains('.', StringComparison.Ordinal))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidFormat("email"));
        }

        EmailDomainRules.Enforce(email[(at + 1)..], directory);
        account.Email = email;
        account.NormalizedEmail = email.ToLowerInvariant();
    }

    private static void SetUsername(AccountRecord account, string username)
    {
        account.Username = username;
        account.NormalizedUsername = username.ToLowerInvariant();
    }

    private static void ApplyNames(ResourceBody body, AccountRecord account)
    {
        if (body.TryGetString("givenName", 255, out var givenName))
        {
            account.GivenName = givenName;
        }

        if (body.TryGetString("middleName", 255, out var middleName))
        {
            account.MiddleName = middleName;
        }

        if (body.TryGetString("surname", 255, out var surname))
        {
            account.Surname = surname;
        }
    }

    /// <summary>
    /// Saves; the unique indexes (DirectoryId, NormalizedEmail) and (DirectoryId, NormalizedUsername) decide
    /// duplicates. The username defaults to the email, so a duplicate email usually trips both: report the
    /// email when another account has it.
    /// </summary>
    private async Task SaveAsync(AccountRecord account, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e, out _))
        {
            var emailTaken = await db.Accounts.AnyAsync(a => a.DirectoryId == account.DirectoryId && a.NormalizedEmail == account.NormalizedEmail && a.Id != account.Id, cancellationToken);
            throw new StormpathErrorException(ErrorCatalog.Duplicate("Account", emailTaken ? "email" : "username"));
        }
    }
}
