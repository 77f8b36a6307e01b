using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Stormpath.Client;

namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>Creates the Stormpath account first, then the mirror row.</summary>
    /// <param name="user">The user to create.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the <see cref="IdentityResult"/> of the creation operation.</returns>
    public override async Task<IdentityResult> CreateAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);

        var password = user.PendingPassword;
        user.PendingPassword = null;
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return IdentityResult.Failed(ErrorDescriber.InvalidEmail(user.Email));
        }

        var pending = await _journal.BeginAsync(StormpathPendingOperation.CreateUser, user.Id, null, user.NormalizedEmail ?? _normalizer.NormalizeEmail(user.Email), cancellationToken).ConfigureAwait(false);
        StormpathAccount account;
        try
        {
            var request = new StormpathAccountCreateRequest
            {
                Email = user.Email,
                Username = user.UserName,
                Password = password ?? NewUnusablePassword(),
                GivenName = user.GivenName,
                MiddleName = user.MiddleName,
                Surname = user.Surname,
                CustomData = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [StormpathClaimTypes.IsStaff] = user.IsStaff,
                    [StormpathClaimTypes.IsSuperuser] = user.IsSuperuser,
                },
            };
            var options = new StormpathAccountCreateOptions();
            options.Expand.Add("customData");
            var accountsHref = await _application.GetAccountsHrefAsync(cancellationToken).ConfigureAwait(false);
            account = await _client.CreateAccountAsync(accountsHref, request, options, cancellationToken).ConfigureAwait(false);
        }
        catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
        {
            StormpathRemoteErrors.LogRefusal(_logger, exception, "an account create");
            await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
            return IdentityResult.Failed(exception.Code == StormpathRemoteErrors.Duplicate
                ? await DescribeDuplicateAsync(user, cancellationToken).ConfigureAwait(false)
                : StormpathRemoteErrors.Describe(exception, ErrorDescriber, _stormpathErrors, user.Email));
        }

        user.HasPassword = password is not null;
        user.ConcurrencyStamp ??= Guid.NewGuid().ToString();
        Context.Add(user);
        await ApplyFullAccountAsync(user, account, cancellationToken).ConfigureAwait(false);
        StormpathPendingChangeJournal.Complete(Context, pending);

        // If this save fails, the journal row stays and the next reconciliation imports the account under user.Id.
        await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    /// <summary>Writes the changed profile, status, password, claims, flags and roles to Stormpath, then saves the mirror.</summary>
    /// <param name="user">The user to update.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the <see cref="IdentityResult"/> of the update operation.</returns>
    public override async Task<IdentityResult> UpdateAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);

        var password = user.PendingPassword;
        user.PendingPassword = null;
        var entry = await TrackAsync(user, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        var changes = await CollectRemoteChangesAsync(user, entry, password, cancellationToken).ConfigureAwait(false);
        if (changes.IsEmpty)
        {
            return await SaveMirrorAsync(user, cancellationToken).ConfigureAwait(false);
        }

        var accountHref = AccountHrefOf(user);
        if (!await IsCurrentAsync(user, entry, cancellationToken).ConfigureAwait(false))
        {
            RevertTracked(user);
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        if (changes.StatusChanged)
        {
            user.SecurityStamp = NewSecurityStamp();
        }

        var pending = await _journal.BeginAsync(StormpathPendingOperation.UpdateUser, user.Id, user.AccountHref, null, cancellationToken).ConfigureAwait(false);
        StormpathAccount? account = null;
        var wroteSomething = false;
        try
        {
            if (changes.Account is { } request)
            {
                account = await _client.UpdateAccountAsync(accountHref, request, cancellationToken: cancellationToken).ConfigureAwait(false);
                wroteSomething = true;
            }

            foreach (var groupHref in changes.GroupsToAdd)
            {
                await _client.AddAccountToGroupAsync(accountHref, Href(groupHref), cancellationToken).ConfigureAwait(false);
                wroteSomething = true;
            }

            if (changes.GroupsToRemove.Count > 0)
            {
                await RemoveMembershipsAsync(accountHref, changes.GroupsToRemove, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
        {
            StormpathRemoteErrors.LogRefusal(_logger, exception, "an account update");
            RevertTracked(user);
            var error = exception.Code == StormpathRemoteErrors.Duplicate
                ? await DescribeDuplicateAsync(user, cancellationToken).ConfigureAwait(false)
                : StormpathRemoteErrors.Describe(exception, ErrorDescriber, _stormpathErrors, user.Email);
            if (wroteSomething)
            {
                // Part of the change reached Stormpath: the mirror follows what Stormpath now holds.
                await RefreshUserAsync(user, cancellationToken).ConfigureAwait(false);
            }

            await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
            return IdentityResult.Failed(error);
        }
        catch
        {
            // The outcome is unknown (transport failure, 5xx): the journal row stays for reconciliation.
            RevertTracked(user);
            throw;
        }

        if (account is not null)
        {
            var stamp = user.SecurityStamp;
            ApplyAccount(user, account);
            user.SecurityStamp = changes.StatusChanged || password is not null ? stamp : user.SecurityStamp;
        }

        if (password is not null)
        {
            user.RemotePasswordModifiedAt = account?.PasswordModifiedAt ?? user.RemotePasswordModifiedAt;
        }

        StormpathPendingChangeJournal.Complete(Context, pending);
        return await SaveMirrorAsync(user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the Stormpath account first, then the mirror row.</summary>
    /// <param name="user">The user to delete.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the <see cref="IdentityResult"/> of the delete operation.</returns>
    public override async Task<IdentityResult> DeleteAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);

        var entry = await TrackAsync(user, cancellationToken).ConfigureAwait(false);
        if (entry is null || !await IsCurrentAsync(user, entry, cancellationToken).ConfigureAwait(false))
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        if (user.AccountHref is { } href)
        {
            var pending = await _journal.BeginAsync(StormpathPendingOperation.DeleteUser, user.Id, href, null, cancellationToken).ConfigureAwait(false);
            try
            {
                // false means it was already gone, which is what was asked for.
                await _client.DeleteAsync(Href(href), cancellationToken).ConfigureAwait(false);
            }
            catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
            {
                StormpathRemoteErrors.LogRefusal(_logger, exception, "an account delete");
                await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
                return IdentityResult.Failed(StormpathRemoteErrors.Describe(exception, ErrorDescriber, _stormpathErrors, user.Email));
            }

            StormpathPendingChangeJournal.Complete(Context, pending);
        }

        Context.Remove(user);
        try
        {
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        return IdentityResult.Success;
    }

    /// <summary>Finds a user by normalized user name in the mirror, or imports it from Stormpath when only Stormpath has it.</summary>
    /// <param name="normalizedUserName">The normalized user name to search for.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation, containing the user matching the specified <paramref name="normalizedUserName"/> if it exists.</returns>
    public override async Task<StormpathUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(normalizedUserName);

        return await base.FindByNameAsync(normalizedUserName, cancellationToken).ConfigureAwait(false)
            ?? await PullInAsync("username", normalizedUserName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tracks the user in this context; a user from elsewhere is compared with its database row.</summary>
    private async Task<EntityEntry<StormpathUser>?> TrackAsync(StormpathUser user, CancellationToken cancellationToken)
    {
        var entry = Context.Entry(user);
        if (entry.State != EntityState.Detached)
        {
            return entry;
        }

        var values = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
        if (values is null)
        {
            return null;
        }

        Context.Attach(user);
        entry.OriginalValues.SetValues(values);
        entry.DetectChanges();
        return entry;
    }

    /// <summary>Whether the row still has the concurrency stamp this user was read with, checked before anything is sent.</summary>
    private async Task<bool> IsCurrentAsync(StormpathUser user, EntityEntry<StormpathUser> entry, CancellationToken cancellationToken)
    {
        var original = entry.OriginalValues.GetValue<string?>(nameof(StormpathUser.ConcurrencyStamp));
        var stored = await Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.ConcurrencyStamp).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return stored == original;
    }

    /// <summary>Undoes the tracked changes of a user, its claims and its roles after a write that did not go through.</summary>
    private void RevertTracked(StormpathUser user)
    {
        var entry = Context.Entry(user);
        if (entry.State == EntityState.Modified)
        {
            entry.CurrentValues.SetValues(entry.OriginalValues);
            entry.State = EntityState.Unchanged;
        }

        var related = Context.ChangeTracker.Entries<IdentityUserClaim<string>>().Where(e => e.Entity.UserId == user.Id).Cast<EntityEntry>()
            .Concat(Context.ChangeTracker.Entries<IdentityUserRole<string>>().Where(e => e.Entity.UserId == user.Id))
            .ToList();
        foreach (var child in related)
        {
            if (child.State == EntityState.Added)
            {
                child.State = EntityState.Detached;
            }
            else if (child.State is EntityState.Modified or EntityState.Deleted)
            {
                child.CurrentValues.SetValues(child.OriginalValues);
                child.State = EntityState.Unchanged;
            }
        }
    }

    private async Task RemoveMembershipsAsync(Uri accountHref, IReadOnlyCollection<string> groupHrefs, CancellationToken cancellationToken)
    {
        var query = new StormpathQuery();
        query.Expand.Add("group");
        var memberships = new List<Uri>();
        await foreach (var membership in _client.EnumerateAsync<StormpathGroupMembership>(new Uri(accountHref.AbsoluteUri + "/groupMemberships"), query, cancellationToken).ConfigureAwait(false))
        {
            if (membership.Group?.Href is { } group && groupHrefs.Contains(group.AbsoluteUri))
            {
                memberships.Add(membership.Href);
            }
        }

        foreach (var membership in memberships)
        {
            await _client.DeleteAsync(membership, cancellationToken).ConfigureAwait(false);
        }
    }
}
