using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// The role store: each role is a Stormpath group in the application's default group store, written through; role
/// claims and queries are the EF Core store's own behaviour on the mirror.
/// </summary>
internal sealed class StormpathRoleStore
    : RoleStore<StormpathRole, DbContext, string, IdentityUserRole<string>, IdentityRoleClaim<string>>
{
    private readonly IStormpathClient _client;
    private readonly StormpathApplicationResources _application;
    private readonly StormpathPendingChangeJournal _journal;
    private readonly StormpathErrorDescriber _stormpathErrors;
    private readonly ILogger _logger;

    public StormpathRoleStore(
        DbContext context,
        IStormpathClient client,
        StormpathApplicationResources application,
        StormpathPendingChangeJournal journal,
        ILogger<StormpathRoleStore> logger,
        StormpathErrorDescriber stormpathErrors,
        IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
        _client = client;
        _application = application;
        _journal = journal;
        _stormpathErrors = stormpathErrors;
        _logger = logger;
        AutoSaveChanges = true;
    }

    /// <summary>Creates the group in the default group store first, then the mirror row.</summary>
    /// <param name="role">The role to create in the store.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A <see cref="Task{TResult}"/> that represents the <see cref="IdentityResult"/> of the asynchronous query.</returns>
    public override async Task<IdentityResult> CreateAsync(StormpathRole role, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(role);

        var pending = await _journal.BeginAsync(StormpathPendingOperation.CreateRole, role.Id, null, role.Name, cancellationToken).ConfigureAwait(false);
        StormpathGroup group;
        try
        {
            var groupsHref = await _application.GetGroupsHrefAsync(forCreate: true, cancellationToken).ConfigureAwait(false);
            group = await _client.CreateGroupAsync(groupsHref, new StormpathGroupRequest { Name = role.Name, Description = role.Description }, cancellationToken).ConfigureAwait(false);
        }
        catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
        {
            StormpathRemoteErrors.LogRefusal(_logger, exception, "a group create");
            await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
            return IdentityResult.Failed(exception.Code == StormpathRemoteErrors.Duplicate
                ? ErrorDescriber.DuplicateRoleName(role.Name ?? string.Empty)
                : _stormpathErrors.RemoteValidationFailed());
        }

        role.GroupHref = group.Href.AbsoluteUri;
        role.ConcurrencyStamp ??= Guid.NewGuid().ToString();
        Context.Add(role);
        StormpathPendingChangeJournal.Complete(Context, pending);
        await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return IdentityResult.Success;
    }

    /// <summary>Renames or redescribes the group first, then saves the mirror row.</summary>
    /// <param name="role">The role to update in the store.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A <see cref="Task{TResult}"/> that represents the <see cref="IdentityResult"/> of the asynchronous query.</returns>
    public override async Task<IdentityResult> UpdateAsync(StormpathRole role, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(role);

        var entry = Context.Entry(role);
        if (entry.State == EntityState.Detached)
        {
            var values = await entry.GetDatabaseValuesAsync(cancellationToken).ConfigureAwait(false);
            if (values is null)
            {
                return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
            }

            Context.Attach(role);
            entry.OriginalValues.SetValues(values);
        }

        entry.DetectChanges();
        var nameChanged = entry.OriginalValues.GetValue<string?>(nameof(StormpathRole.Name)) != role.Name;
        var descriptionChanged = entry.OriginalValues.GetValue<string?>(nameof(StormpathRole.Description)) != role.Description;
        if ((nameChanged || descriptionChanged) && role.GroupHref is { } href)
        {
            var stored = await Roles.AsNoTracking().Where(r => r.Id == role.Id).Select(r => r.ConcurrencyStamp).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (stored != entry.OriginalValues.GetValue<string?>(nameof(StormpathRole.ConcurrencyStamp)))
            {
                Revert(entry);
                return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
            }

            var pending = await _journal.BeginAsync(StormpathPendingOperation.UpdateRole, role.Id, href, null, cancellationToken).ConfigureAwait(false);
            try
            {
                var request = new StormpathGroupRequest
                {
                    Name = nameChanged ? role.Name : null,
                    Description = descriptionChanged ? role.Description ?? string.Empty : null,
                };
                await _client.UpdateGroupAsync(new Uri(href), request, cancellationToken).ConfigureAwait(false);
            }
            catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
            {
                StormpathRemoteErrors.LogRefusal(_logger, exception, "a group update");
                Revert(entry);
                await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
                return IdentityResult.Failed(exception.Code == StormpathRemoteErrors.Duplicate
                    ? ErrorDescriber.DuplicateRoleName(role.Name ?? string.Empty)
                    : exception.Code == 404 ? _stormpathErrors.GroupNotFound() : _stormpathErrors.RemoteValidationFailed());
            }
            catch
            {
                Revert(entry);
                throw;
            }

            StormpathPendingChangeJournal.Complete(Context, pending);
        }

        role.ConcurrencyStamp = Guid.NewGuid().ToString();
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

    /// <summary>Deletes the group first (its memberships go with it), then the mirror row.</summary>
    /// <param name="role">The role to delete from the store.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A <see cref="Task{TResult}"/> that represents the <see cref="IdentityResult"/> of the asynchronous query.</returns>
    public override async Task<IdentityResult> DeleteAsync(StormpathRole role, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(role);

        if (role.GroupHref is { } href)
        {
            var pending = await _journal.BeginAsync(StormpathPendingOperation.DeleteRole, role.Id, href, null, cancellationToken).ConfigureAwait(false);
            try
            {
                await _client.DeleteAsync(new Uri(href), cancellationToken).ConfigureAwait(false);
            }
            catch (StormpathException exception) when (StormpathRemoteErrors.IsRefusal(exception))
            {
                StormpathRemoteErrors.LogRefusal(_logger, exception, "a group delete");
                await _journal.AbandonAsync(pending, cancellationToken).ConfigureAwait(false);
                return IdentityResult.Failed(_stormpathErrors.RemoteValidationFailed());
            }

            StormpathPendingChangeJournal.Complete(Context, pending);
        }

        Context.Remove(role);
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

    private static void Revert(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
    }

}
