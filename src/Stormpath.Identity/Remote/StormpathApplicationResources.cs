using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// The application's collections, read once per process from the application resource: accounts are created in and
/// looked up through its <c>accounts</c> collection, groups through its <c>groups</c> collection, which the server maps
/// to the default account and group stores (stormpath-api.md §3.2).
/// </summary>
internal sealed class StormpathApplicationResources(IStormpathClient client, IOptions<StormpathOptions> options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StormpathApplication? _application;

    public Uri ApplicationHref => options.Value.ApplicationHref
        ?? throw new InvalidOperationException(StormpathMessages.ApplicationHrefMissing);

    public async Task<Uri> GetAccountsHrefAsync(CancellationToken cancellationToken)
    {
        var application = await GetApplicationAsync(cancellationToken).ConfigureAwait(false);
        return application.Accounts?.Href ?? new Uri(ApplicationHref + "/accounts");
    }

    /// <summary>The application's groups collection; <paramref name="forCreate"/> requires a default group store to create in.</summary>
    public async Task<Uri> GetGroupsHrefAsync(bool forCreate, CancellationToken cancellationToken)
    {
        var application = await GetApplicationAsync(cancellationToken).ConfigureAwait(false);
        if (forCreate && application.DefaultGroupStoreMapping is null)
        {
            throw new InvalidOperationException(StormpathMessages.Format(StormpathMessages.NoDefaultGroupStore, ApplicationHref));
        }

        return application.Groups?.Href ?? new Uri(ApplicationHref + "/groups");
    }

    private async Task<StormpathApplication> GetApplicationAsync(CancellationToken cancellationToken)
    {
        if (_application is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _application ??= await client.GetAsync<StormpathApplication>(ApplicationHref, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException(StormpathMessages.Format(StormpathMessages.ApplicationUnreachable, ApplicationHref));
            return _application;
        }
        finally
        {
            _gate.Release();
        }
    }
}
