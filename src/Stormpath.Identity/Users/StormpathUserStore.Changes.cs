using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Stormpath.Client;

namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>What an update has to send to Stormpath, worked out from the change tracker.</summary>
    private sealed class RemoteUserChanges
    {
        public StormpathAccountUpdateRequest? Account { get; set; }

        public bool StatusChanged { get; set; }

        public List<string> GroupsToAdd { get; } = [];

        public List<string> GroupsToRemove { get; } = [];

        public bool IsEmpty => Account is null && GroupsToAdd.Count == 0 && GroupsToRemove.Count == 0;
    }

    private static bool Changed<T>(EntityEntry<StormpathUser> entry, string property)
        => !EqualityComparer<T>.Default.Equals(entry.OriginalValues.GetValue<T>(property), entry.CurrentValues.GetValue<T>(property));

    private async Task<RemoteUserChanges> CollectRemoteChangesAsync(StormpathUser user, EntityEntry<StormpathUser> entry, string? password, CancellationToken cancellationToken)
    {
        Context.ChangeTracker.DetectChanges();
        var changes = new RemoteUserChanges();
        var request = new StormpathAccountUpdateRequest();
        var any = false;

        if (Changed<string?>(entry, nameof(StormpathUser.UserName)))
        {
            request.Username = user.UserName;
            any = true;
        }

        if (Changed<string?>(entry, nameof(StormpathUser.Email)))
        {
            request.Email = user.Email;
            any = true;
        }

        // An empty string clears an optional name (stormpath-api.md §4.3).
        if (Changed<string?>(entry, nameof(StormpathUser.GivenName)))
        {
            request.GivenName = user.GivenName ?? string.Empty;
            any = true;
        }

        if (Changed<string?>(entry, nameof(StormpathUser.MiddleName)))
        {
            request.MiddleName = user.MiddleName ?? string.Empty;
            any = true;
        }

        if (Changed<string?>(entry, nameof(StormpathUser.Surname)))
        {
            request.Surname = user.Surname ?? string.Empty;
            any = true;
        }

        if (Changed<bool>(entry, nameof(StormpathUser.EmailConfirmed)))
        {
            request.EmailVerificationStatus = user.EmailConfirmed ? StormpathEmailVerificationStatus.Verified : StormpathEmailVerificationStatus.Unverified;
            if (user.EmailConfirmed && user.AccountStatus == StormpathAccountStatus.Unverified)
            {
                // Confirming the email is what verification does to an UNVERIFIED account (stormpath-api.md §7.2).
                user.AccountStatus = StormpathAccountStatus.Enabled;
            }
            else if (!user.EmailConfirmed && user.AccountStatus == StormpathAccountStatus.Enabled)
            {
                // An unconfirmed email is the UNVERIFIED status in Stormpath, whose login refuses it until it is confirmed.
                user.AccountStatus = StormpathAccountStatus.Unverified;
            }

            any = true;
        }

        if (Changed<StormpathAccountStatus>(entry, nameof(StormpathUser.AccountStatus)))
        {
            request.Status = user.AccountStatus;
            changes.StatusChanged = true;
            any = true;
        }

        if (password is not null)
        {
            request.Password = password;
            any = true;
        }

        var customData = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Changed<bool>(entry, nameof(StormpathUser.IsStaff)))
        {
            customData[StormpathClaimTypes.IsStaff] = user.IsStaff;
        }

        if (Changed<bool>(entry, nameof(StormpathUser.IsSuperuser)))
        {
            customData[StormpathClaimTypes.IsSuperuser] = user.IsSuperuser;
        }

        var claimEntries = Context.ChangeTracker.Entries<IdentityUserClaim<string>>()
            .Where(e => e.Entity.UserId == user.Id && e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .ToList();
        if (claimEntries.Count > 0)
        {
            customData[ClaimsKey] = await FinalClaimsAsync(user, cancellationToken).ConfigureAwait(false);
        }

        if (customData.Count > 0)
        {
            request.CustomData = customData;
            any = true;
        }

        changes.Account = any ? request : null;

        var roleEntries = Context.ChangeTracker.Entries<IdentityUserRole<string>>()
            .Where(e => e.Entity.UserId == user.Id && e.State is EntityState.Added or EntityState.Deleted)
            .ToList();
        foreach (var roleEntry in roleEntries)
        {
            var role = await Context.Set<StormpathRole>().FindAsync([roleEntry.Entity.RoleId], cancellationToken).ConfigureAwait(false);
            var groupHref = role?.GroupHref
                ?? throw new InvalidOperationException(StormpathMessages.Format(StormpathMessages.RoleNotInStormpath, role?.Name ?? roleEntry.Entity.RoleId));
            (roleEntry.State == EntityState.Added ? changes.GroupsToAdd : changes.GroupsToRemove).Add(groupHref);
        }

        return changes;
    }

    /// <summary>The user's claims as they will be once the tracked changes are saved, in custom data form.</summary>
    private async Task<List<Dictionary<string, string>>> FinalClaimsAsync(StormpathUser user, CancellationToken cancellationToken)
    {
        var stored = await ClaimRows.AsNoTracking().Where(c => c.UserId == user.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var tracked = Context.ChangeTracker.Entries<IdentityUserClaim<string>>().Where(e => e.Entity.UserId == user.Id).ToList();
        var result = new List<Dictionary<string, string>>();
        foreach (var claim in stored)
        {
            var entry = tracked.FirstOrDefault(e => e.State != EntityState.Added && e.Entity.Id == claim.Id);
            if (entry?.State == EntityState.Deleted)
            {
                continue;
            }

            var current = entry?.Entity ?? claim;
            result.Add(ToCustomData(current));
        }

        foreach (var added in tracked.Where(e => e.State == EntityState.Added))
        {
            result.Add(ToCustomData(added.Entity));
        }

        return result;
    }

    private static Dictionary<string, string> ToCustomData(IdentityUserClaim<string> claim)
        => new(StringComparer.Ordinal) { ["type"] = claim.ClaimType ?? string.Empty, ["value"] = claim.ClaimValue ?? string.Empty };
}
