using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Collections;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public static readonly string[] AccountExpandable = ["customData", "tenant", "directory", "groups", "groupMemberships", "applications"];

    public async Task<JsonObject> AccountAsync(AccountRecord account, Expansion expansion, CancellationToken cancellationToken)
    {
        var href = links.Href("accounts", account.Id);
        var json = new JsonObject
        {
            ["href"] = href,
            ["username"] = account.Username,
            ["email"] = account.Email,
            ["givenName"] = account.GivenName,
            ["middleName"] = account.MiddleName,
            ["surname"] = account.Surname,
            ["fullName"] = FullName(account),
            ["status"] = account.Status,
            ["emailVerificationStatus"] = account.EmailVerificationStatus,
            ["emailVerificationToken"] = await EmailVerificationTokenLinkAsync(account, cancellationToken),
        };
        AddTimestamps(json, account);
        json["passwordModifiedAt"] = account.PasswordModifiedAt is { } changed ? Timestamps.Format(changed) : null;
        json["customData"] = CustomDataLink(expansion, href, account);
        if (expansion.Contains("directory") && await db.Directories.FindAsync([account.DirectoryId], cancellationToken) is { } directory)
        {
            json["directory"] = await DirectoryAsync(directory, Expansion.None, cancellationToken);
        }
        else
        {
            json["directory"] = links.Link("directories", account.DirectoryId);
        }

        json["tenant"] = await TenantLinkAsync(expansion, account.TenantId, cancellationToken);
        json["groups"] = await CollectionLinkAsync(expansion, "groups", $"{href}/groups", () => Sources.GroupsOfAccount(db, account.Id), Schemas.Groups, (g, c) => GroupAsync(g, Expansion.None, c), cancellationToken);
        json["groupMemberships"] = await CollectionLinkAsync(expansion, "groupMemberships", $"{href}/groupMemberships", () => db.GroupMemberships.Where(m => m.AccountId == account.Id), Schemas.GroupMemberships, (m, c) => GroupMembershipAsync(m, Expansion.None, c), cancellationToken);
        json["applications"] = await CollectionLinkAsync(expansion, "applications", $"{href}/applications", () => Sources.ApplicationsOfAccount(db, account), Schemas.Applications, (a, c) => ApplicationAsync(a, Expansion.None, c), cancellationToken);
        return json;
    }

    public static string FullName(AccountRecord account) =>
        string.Join(' ', new[] { account.GivenName, account.MiddleName, account.Surname }.Where(n => !string.IsNullOrWhiteSpace(n)));

    /// <summary>
    /// The pending verification token as a link, or null. Tokens are hashed at rest, so the link names the
    /// token's id; only the value sent by email can be consumed (an administrator can instead set
    /// <c>emailVerificationStatus</c> directly).
    /// </summary>
    private async Task<JsonNode?> EmailVerificationTokenLinkAsync(AccountRecord account, CancellationToken cancellationToken)
    {
        if (account.EmailVerificationStatus == "VERIFIED")
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var tokenId = await db.EmailVerificationTokens.AsNoTracking()
            .Where(t => t.AccountId == account.Id && t.ExpiresAt > now)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return tokenId is null ? null : links.Link("accounts", "emailVerificationTokens", tokenId);
    }
}
