using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// Completes pending changes by treating Stormpath as the source of truth: whatever the interrupted write did or did
/// not do remotely, the mirror is made to match what Stormpath holds now.
/// </summary>
internal sealed class StormpathSynchronizer(
    StormpathUserStore users,
    IStormpathClient client,
    StormpathApplicationResources application,
    ILookupNormalizer normalizer,
    ILogger<StormpathSynchronizer> logger) : IStormpathSynchronizer
{
    private DbContext Context => users.Context;

    public async Task<int> ReconcilePendingChangesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = await Context.Set<StormpathPendingChange>().OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var completed = 0;
        foreach (var change in pending)
        {
            var isUser = change.Operation is StormpathPendingOperation.CreateUser or StormpathPendingOperation.UpdateUser or StormpathPendingOperation.DeleteUser;
            if (isUser)
            {
                await ReconcileUserAsync(change, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReconcileRoleAsync(change, cancellationToken).ConfigureAwait(false);
            }

            Context.Remove(change);
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Completed the pending Stormpath change {ChangeId} ({Operation} of {EntityId}).", change.Id, change.Operation, change.EntityId);
            completed++;
        }

        return completed;
    }

    public async Task<bool> RefreshUserAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(user);
        return await users.RefreshUserAsync(user, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReconcileUserAsync(StormpathPendingChange change, CancellationToken cancellationToken)
    {
        var local = await Context.Set<StormpathUser>().FirstOrDefaultAsync(u => u.Id == change.EntityId, cancellationToken).ConfigureAwait(false);
        var href = change.RemoteHref ?? local?.AccountHref;
        StormpathAccount? account;
        if (href is not null)
        {
            account = await client.GetAsync<StormpathAccount>(new Uri(href), StormpathUserStore.FullAccountExpansion, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            account = change.LookupKey is { } email ? await users.FindRemoteAccountAsync("email", email, cancellationToken).ConfigureAwait(false) : null;
        }

        if (account is null)
        {
            if (local is not null)
            {
                Context.Remove(local);
            }

            return;
        }

        var owner = await Context.Set<StormpathUser>().FirstOrDefaultAsync(u => u.AccountHref == account.Href.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        if (owner is not null && local is not null && owner.Id != local.Id)
        {
            // The account is mirrored under another id already: that row wins, this one was never completed.
            Context.Remove(local);
            local = owner;
        }

        local ??= owner;
        if (local is null)
        {
            // The account was created but its row never saved: import it under the id the create chose.
            local = new StormpathUser
            {
                Id = change.EntityId,
                SecurityStamp = StormpathUserStore.NewSecurityStamp(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                HasPassword = true,
            };
            Context.Add(local);
        }

        await users.ApplyFullAccountAsync(local, account, cancellationToken).ConfigureAwait(false);
        local.ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    private async Task ReconcileRoleAsync(StormpathPendingChange change, CancellationToken cancellationToken)
    {
        var local = await Context.Set<StormpathRole>().FirstOrDefaultAsync(r => r.Id == change.EntityId, cancellationToken).ConfigureAwait(false);
        var href = change.RemoteHref ?? local?.GroupHref;
        StormpathGroup? group = null;
        if (href is not null)
        {
            group = await client.GetAsync<StormpathGroup>(new Uri(href), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (change.LookupKey is { } name)
        {
            var query = new StormpathQuery { Limit = 2 };
            query.Filters["name"] = name;
            var groupsHref = await application.GetGroupsHrefAsync(forCreate: false, cancellationToken).ConfigureAwait(false);
            var page = await client.GetPageAsync<StormpathGroup>(groupsHref, query, cancellationToken).ConfigureAwait(false);
            group = page.Items.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        if (group is null)
        {
            if (local is not null)
            {
                Context.Remove(local);
            }

            return;
        }

        if (local is null && await Context.Set<StormpathRole>().AnyAsync(r => r.GroupHref == group.Href.AbsoluteUri, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (local is null)
        {
            local = new StormpathRole(group.Name ?? group.Href.AbsoluteUri) { Id = change.EntityId, ConcurrencyStamp = Guid.NewGuid().ToString() };
            Context.Add(local);
        }

        local.Name = group.Name;
        local.NormalizedName = normalizer.NormalizeName(group.Name);
        local.GroupHref = group.Href.AbsoluteUri;
        local.Description = group.Description;
        local.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
