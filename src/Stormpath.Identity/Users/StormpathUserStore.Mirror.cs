using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Stormpath.Client;

namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>The custom data key under which the user's claims follow the account (a list of <c>{type, value}</c>).</summary>
    internal const string ClaimsKey = "claims";

    /// <summary>Finds an account of the application by an exact, case-insensitive attribute (stormpath-api.md §1.9), fully expanded.</summary>
    internal async Task<StormpathAccount?> FindRemoteAccountAsync(string attribute, string value, CancellationToken cancellationToken)
    {
        // A '*' would turn the exact match into a wildcard search.
        if (value.Contains('*', StringComparison.Ordinal))
        {
            return null;
        }

        var query = new StormpathQuery { Limit = 2 };
        query.Filters[attribute] = value;
        foreach (var expansion in FullAccountExpansion)
        {
            query.Expand.Add(expansion);
        }

        var accountsHref = await _application.GetAccountsHrefAsync(cancellationToken).ConfigureAwait(false);
        var page = await _client.GetPageAsync<StormpathAccount>(accountsHref, query, cancellationToken).ConfigureAwait(false);
        return page.Items.FirstOrDefault(a => string.Equals(attribute == "email" ? a.Email : a.Username, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Get-or-create: imports the account a lookup found only in Stormpath.</summary>
    private async Task<StormpathUser?> PullInAsync(string attribute, string value, CancellationToken cancellationToken)
    {
        var account = await FindRemoteAccountAsync(attribute, value, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return null;
        }

        var href = account.Href.AbsoluteUri;
        if (await Users.FirstOrDefaultAsync(u => u.AccountHref == href, cancellationToken).ConfigureAwait(false) is { } renamed)
        {
            // Known under its old name or email: the account was changed elsewhere.
            await ApplyFullAccountAsync(renamed, account, cancellationToken).ConfigureAwait(false);
            await SaveMirrorAsync(renamed, cancellationToken).ConfigureAwait(false);
            return renamed;
        }

        // A create of this account is under way in this or another process; its own insert will use the id it chose.
        if (account.Email is { } email
            && await _journal.FindPendingCreateAsync(_normalizer.NormalizeEmail(email), cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        var user = new StormpathUser
        {
            Id = Guid.NewGuid().ToString(),
            SecurityStamp = NewSecurityStamp(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            HasPassword = true,
            LockoutEnabled = _identityOptions.Value.Lockout.AllowedForNewUsers,
        };
        Context.Add(user);
        await ApplyFullAccountAsync(user, account, cancellationToken).ConfigureAwait(false);
        try
        {
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return user;
        }
        catch (DbUpdateException)
        {
            // Imported at the same moment by another request: keep theirs.
            DetachAdded();
            return await Users.FirstOrDefaultAsync(u => u.AccountHref == href, cancellationToken).ConfigureAwait(false);
        }
    }

    private void DetachAdded()
    {
        foreach (var entry in Context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>Copies the profile and status of an account onto its mirror row; rotates the security stamp when the status or password changed.</summary>
    internal void ApplyAccount(StormpathUser user, StormpathAccount account)
    {
        var known = user.RemoteModifiedAt is not null;
        var statusChanged = known && user.AccountStatus != account.Status;
        var passwordChanged = known && account.PasswordModifiedAt is not null && user.RemotePasswordModifiedAt != account.PasswordModifiedAt;

        user.AccountHref = account.Href.AbsoluteUri;
        user.UserName = account.Username;
        user.NormalizedUserName = _normalizer.NormalizeName(account.Username);
        user.Email = account.Email;
        user.NormalizedEmail = _normalizer.NormalizeEmail(account.Email);
        user.GivenName = NullIfEmpty(account.GivenName);
        user.MiddleName = NullIfEmpty(account.MiddleName);
        user.Surname = NullIfEmpty(account.Surname);
        user.AccountStatus = account.Status;
        // UNVERIFIED is Stormpath's unconfirmed email, and the only one its login enforces; emailVerificationStatus
        // stays UNVERIFIED on accounts created without the verification workflow, so it cannot decide alone.
        user.EmailConfirmed = account.Status != StormpathAccountStatus.Unverified;
        user.RemoteModifiedAt = account.ModifiedAt;
        user.RemotePasswordModifiedAt = account.PasswordModifiedAt;
        if (statusChanged || passwordChanged)
        {
            user.SecurityStamp = NewSecurityStamp();
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Applies an account read with <see cref="FullAccountExpansion"/>: profile, status, flags, claims and groups.</summary>
    internal async Task ApplyFullAccountAsync(StormpathUser user, StormpathAccount account, CancellationToken cancellationToken)
    {
        ApplyAccount(user, account);
        if (account.CustomData is { } customData)
        {
            await ApplyCustomDataAsync(user, customData, cancellationToken).ConfigureAwait(false);
        }

        if (account.Groups is { } page)
        {
            var groups = page.Items.ToList();
            if (page.Size > groups.Count)
            {
                groups.Clear();
                await foreach (var group in _client.EnumerateAsync<StormpathGroup>(new Uri(account.Href.AbsoluteUri + "/groups"), cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    groups.Add(group);
                }
            }

            await ApplyGroupsAsync(user, groups, cancellationToken).ConfigureAwait(false);
        }

        user.LastSyncedAt = _timeProvider.GetUtcNow();
    }

    private async Task ApplyCustomDataAsync(StormpathUser user, StormpathCustomData customData, CancellationToken cancellationToken)
    {
        user.IsStaff = ReadFlag(customData, StormpathClaimTypes.IsStaff);
        user.IsSuperuser = ReadFlag(customData, StormpathClaimTypes.IsSuperuser);

        var wanted = new List<(string Type, string Value)>();
        if (customData.Values.TryGetValue(ClaimsKey, out var claims) && claims.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in claims.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                    && item.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    wanted.Add((type.GetString()!, value.GetString()!));
                }
            }
        }

        var existing = Context.Entry(user).State == EntityState.Added
            ? []
            : await ClaimRows.Where(c => c.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var claim in existing)
        {
            var index = wanted.FindIndex(w => w.Type == claim.ClaimType && w.Value == claim.ClaimValue);
            if (index >= 0)
            {
                wanted.RemoveAt(index);
            }
            else
            {
                ClaimRows.Remove(claim);
            }
        }

        foreach (var (type, value) in wanted)
        {
            ClaimRows.Add(CreateUserClaim(user, new Claim(type, value)));
        }
    }

    private static bool ReadFlag(StormpathCustomData customData, string key)
        => customData.Values.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>Makes the user's roles in the mirror the account's groups, importing groups the mirror lacks as roles.</summary>
    private async Task ApplyGroupsAsync(StormpathUser user, IReadOnlyCollection<StormpathGroup> groups, CancellationToken cancellationToken)
    {
        var roleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var role = await FindOrImportRoleAsync(group, cancellationToken).ConfigureAwait(false);
            roleIds.Add(role.Id);
        }

        var current = Context.Entry(user).State == EntityState.Added
            ? []
            : await RoleRows.Where(r => r.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var membership in current)
        {
            if (!roleIds.Remove(membership.RoleId))
            {
                RoleRows.Remove(membership);
            }
        }

        foreach (var roleId in roleIds)
        {
            RoleRows.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
        }
    }

    internal async Task<StormpathRole> FindOrImportRoleAsync(StormpathGroup group, CancellationToken cancellationToken)
    {
        var href = group.Href.AbsoluteUri;
        var local = Context.Set<StormpathRole>().Local.FirstOrDefault(r => r.GroupHref == href)
            ?? await Context.Set<StormpathRole>().FirstOrDefaultAsync(r => r.GroupHref == href, cancellationToken).ConfigureAwait(false);
        if (local is not null)
        {
            local.Name = group.Name;
            local.NormalizedName = _normalizer.NormalizeName(group.Name);
            local.Description = group.Description;
            return local;
        }

        var normalizedName = _normalizer.NormalizeName(group.Name);
        var byName = await Context.Set<StormpathRole>().FirstOrDefaultAsync(r => r.NormalizedName == normalizedName && r.GroupHref == null, cancellationToken).ConfigureAwait(false);
        if (byName is not null)
        {
            byName.GroupHref = href;
            byName.Description = group.Description;
            return byName;
        }

        var role = new StormpathRole(group.Name ?? href)
        {
            Id = Guid.NewGuid().ToString(),
            NormalizedName = normalizedName,
            GroupHref = href,
            Description = group.Description,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        Context.Add(role);
        return role;
    }

    /// <summary>
    /// After a successful password check: refreshes the mirror from the account the check returned. When the account
    /// has not changed and the row is younger than <see cref="StormpathOptions.MirrorMaxAge"/>, nothing is read or written.
    /// </summary>
    internal async Task RefreshAfterSignInAsync(StormpathUser user, StormpathAccount account, CancellationToken cancellationToken)
    {
        var current = user.RemoteModifiedAt is { } seen && account.ModifiedAt == seen
            && user.LastSyncedAt is { } synced && _timeProvider.GetUtcNow() - synced < _options.Value.MirrorMaxAge;
        if (current)
        {
            return;
        }

        await RefreshUserAsync(user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the account with everything the mirror keeps and applies it; removes the row when the account is gone.</summary>
    internal async Task<bool> RefreshUserAsync(StormpathUser user, CancellationToken cancellationToken)
    {
        var account = await _client.GetAsync<StormpathAccount>(AccountHrefOf(user), FullAccountExpansion, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            Context.Remove(user);
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        await ApplyFullAccountAsync(user, account, cancellationToken).ConfigureAwait(false);
        var saved = await SaveMirrorAsync(user, cancellationToken).ConfigureAwait(false);
        return saved.Succeeded;
    }
}
