using Microsoft.EntityFrameworkCore;
using Stormpath.Client;

namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    /// <summary>Finds a role in the mirror, or imports the group of that name from the application's groups.</summary>
    /// <param name="normalizedRoleName">The normalized role name.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The role if it exists.</returns>
    protected override async Task<StormpathRole?> FindRoleAsync(string normalizedRoleName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(normalizedRoleName);

        var local = Context.Set<StormpathRole>().Local.FirstOrDefault(r => r.NormalizedName == normalizedRoleName)
            ?? await Context.Set<StormpathRole>().FirstOrDefaultAsync(r => r.NormalizedName == normalizedRoleName, cancellationToken).ConfigureAwait(false);
        if (local is not null || normalizedRoleName.Contains('*', StringComparison.Ordinal))
        {
            return local;
        }

        var query = new StormpathQuery { Limit = 2 };
        query.Filters["name"] = normalizedRoleName;
        var groupsHref = await _application.GetGroupsHrefAsync(forCreate: false, cancellationToken).ConfigureAwait(false);
        var page = await _client.GetPageAsync<StormpathGroup>(groupsHref, query, cancellationToken).ConfigureAwait(false);
        var group = page.Items.FirstOrDefault(g => _normalizer.NormalizeName(g.Name) == normalizedRoleName);

        // Added to the context only: it is saved with the update that uses it, never ahead of it.
        return group is null ? null : await FindOrImportRoleAsync(group, cancellationToken).ConfigureAwait(false);
    }
}
