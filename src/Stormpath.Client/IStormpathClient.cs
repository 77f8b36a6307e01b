namespace Stormpath.Client;

/// <summary>
/// The calls an application makes to a Stormpath directory. Every call navigates by the absolute hrefs the server
/// returns, as Stormpath's SDKs do; only the tenant-level collections are addressed relative to
/// <see cref="BaseUrl"/>.
/// </summary>
/// <remarks>
/// <para>Reads answer <see langword="null"/> (or <see langword="false"/>) when the resource does not exist; every other
/// failure throws <see cref="StormpathException"/>, carrying the server's status, code and request id.</para>
/// <para>An href whose origin differs from <see cref="BaseUrl"/> is refused with <see cref="ArgumentException"/>:
/// signed requests are only ever sent to the configured directory.</para>
/// </remarks>
public interface IStormpathClient
{
    /// <summary>Gets the base URL of the directory's REST API, ending in <c>/v1/</c>.</summary>
    Uri BaseUrl { get; }

    /// <summary>Reads the tenant the API key belongs to (follows the <c>/tenants/current</c> redirect).</summary>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The tenant.</returns>
    Task<StormpathTenant> GetCurrentTenantAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one resource.</summary>
    /// <typeparam name="T">The resource type, e.g. <see cref="StormpathAccount"/> or <see cref="StormpathCustomData"/>.</typeparam>
    /// <param name="href">The absolute href of the resource.</param>
    /// <param name="expand">The links to expand, e.g. <c>customData</c> or <c>groups(offset:0,limit:100)</c>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The resource, or <see langword="null"/> when the server answers 404.</returns>
    Task<T?> GetAsync<T>(Uri href, IEnumerable<string>? expand = null, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Reads one page of a collection.</summary>
    /// <typeparam name="T">The type of the collection's items.</typeparam>
    /// <param name="collectionHref">The absolute href of the collection.</param>
    /// <param name="query">Paging, search, ordering and expansion; <see langword="null"/> for the server's defaults.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The page, whose <see cref="StormpathCollectionPage{T}.Size"/> is the total of the whole collection.</returns>
    Task<StormpathCollectionPage<T>> GetPageAsync<T>(Uri collectionHref, StormpathQuery? query = null, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Reads a whole collection, page after page, walking <c>offset</c> to the end.</summary>
    /// <typeparam name="T">The type of the collection's items.</typeparam>
    /// <param name="collectionHref">The absolute href of the collection.</param>
    /// <param name="query">Search, ordering and expansion; its <see cref="StormpathQuery.Limit"/> is the page size
    /// (default <see cref="StormpathClientOptions.PageSize"/>) and its <see cref="StormpathQuery.Offset"/> the start.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The items, fetched lazily.</returns>
    IAsyncEnumerable<T> EnumerateAsync<T>(Uri collectionHref, StormpathQuery? query = null, CancellationToken cancellationToken = default)
        where T : class;

    /// <summary>Deletes a resource, or one key of a custom data resource (<c>{customData href}/{key}</c>).</summary>
    /// <param name="href">The absolute href of the resource.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns><see langword="true"/> when the server deleted it; <see langword="false"/> when it did not exist.</returns>
    Task<bool> DeleteAsync(Uri href, CancellationToken cancellationToken = default);

    /// <summary>Creates an account in a directory, or in an application's default account store.</summary>
    /// <param name="accountsHref">The <c>accounts</c> collection of a directory or application.</param>
    /// <param name="request">The new account.</param>
    /// <param name="options">The registration workflow, password format and expansion; <see langword="null"/> for defaults.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The created account.</returns>
    /// <remarks>A create is never retried blindly: it is repeated only after a lookup proves the first attempt did not happen.</remarks>
    Task<StormpathAccount> CreateAccountAsync(Uri accountsHref, StormpathAccountCreateRequest request, StormpathAccountCreateOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the properties of an account that are set in <paramref name="request"/>.</summary>
    /// <param name="accountHref">The href of the account.</param>
    /// <param name="request">The properties to change.</param>
    /// <param name="expand">The links to expand in the response.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The whole account as it is after the change.</returns>
    Task<StormpathAccount> UpdateAccountAsync(Uri accountHref, StormpathAccountUpdateRequest request, IEnumerable<string>? expand = null, CancellationToken cancellationToken = default);

    /// <summary>Checks a login (user name or email) and password against an application's account stores.</summary>
    /// <param name="applicationHref">The href of the application.</param>
    /// <param name="login">The user name or email address.</param>
    /// <param name="password">The password.</param>
    /// <param name="accountStore">The one store to search, or <see langword="null"/> for the application's mapping order.</param>
    /// <param name="expandAccount">Whether the answer carries the full account rather than its href.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The account that signed in.</returns>
    /// <exception cref="StormpathException">The attempt failed: <see cref="StormpathException.Code"/> 7100–7107 for
    /// wrong password, disabled, unverified, locked, unknown login and disabled group, directory or organization.</exception>
    Task<StormpathLoginResult> AuthenticateAsync(Uri applicationHref, string login, string password, Uri? accountStore = null, bool expandAccount = true, CancellationToken cancellationToken = default);

    /// <summary>Creates a group in a directory, or in an application's default group store.</summary>
    /// <param name="groupsHref">The <c>groups</c> collection of a directory or application.</param>
    /// <param name="request">The new group; <see cref="StormpathGroupRequest.Name"/> is required.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The created group.</returns>
    Task<StormpathGroup> CreateGroupAsync(Uri groupsHref, StormpathGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the properties of a group that are set in <paramref name="request"/>.</summary>
    /// <param name="groupHref">The href of the group.</param>
    /// <param name="request">The properties to change.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The whole group as it is after the change.</returns>
    Task<StormpathGroup> UpdateGroupAsync(Uri groupHref, StormpathGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds an account to a group (<c>POST /groupMemberships</c>).</summary>
    /// <param name="accountHref">The href of the account.</param>
    /// <param name="groupHref">The href of the group, in the account's directory.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The new membership.</returns>
    Task<StormpathGroupMembership> AddAccountToGroupAsync(Uri accountHref, Uri groupHref, CancellationToken cancellationToken = default);

    /// <summary>Maps a directory or group to an application as an account store (<c>POST /accountStoreMappings</c>).</summary>
    /// <param name="request">The mapping.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The new mapping.</returns>
    Task<StormpathAccountStoreMapping> CreateAccountStoreMappingAsync(StormpathAccountStoreMappingCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a directory's account creation policy (stormpath-api.md §3.10), e.g. to switch email verification on.</summary>
    /// <param name="policyHref">The href of the policy: <see cref="StormpathDirectory.AccountCreationPolicy"/>.</param>
    /// <param name="request">The properties to change.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The whole policy as it is after the change.</returns>
    Task<StormpathAccountCreationPolicy> UpdateAccountCreationPolicyAsync(Uri policyHref, StormpathAccountCreationPolicyUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Merges keys into a custom data resource; a key whose value is <see langword="null"/> is removed.</summary>
    /// <param name="customDataHref">The href of the custom data (<c>{owner href}/customData</c>).</param>
    /// <param name="values">The keys to set.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The whole custom data after the change.</returns>
    Task<StormpathCustomData> UpdateCustomDataAsync(Uri customDataHref, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default);

    /// <summary>Starts a password reset: the directory emails a reset link to the account with that address.</summary>
    /// <param name="applicationHref">The href of the application.</param>
    /// <param name="email">The email address of the account.</param>
    /// <param name="accountStore">The one store to search, or <see langword="null"/> for all of the application's stores.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The token, or <see langword="null"/> when no account has that address.</returns>
    Task<StormpathPasswordResetToken?> CreatePasswordResetTokenAsync(Uri applicationHref, string email, Uri? accountStore = null, CancellationToken cancellationToken = default);

    /// <summary>Checks that a password reset token exists and has not expired.</summary>
    /// <param name="applicationHref">The href of the application.</param>
    /// <param name="token">The token from the reset link (<c>sptoken</c>).</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The token, or <see langword="null"/> when it is unknown, used or expired.</returns>
    Task<StormpathPasswordResetToken?> VerifyPasswordResetTokenAsync(Uri applicationHref, string token, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password with a password reset token; the token cannot be used again.</summary>
    /// <param name="applicationHref">The href of the application.</param>
    /// <param name="token">The token from the reset link (<c>sptoken</c>).</param>
    /// <param name="newPassword">The new password, checked against the directory's password policy.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The consumed token, linking the account; <see langword="null"/> when the token is unknown, used or expired.</returns>
    Task<StormpathPasswordResetToken?> ResetPasswordAsync(Uri applicationHref, string token, string newPassword, CancellationToken cancellationToken = default);

    /// <summary>Verifies an email address with the token from a verification email.</summary>
    /// <param name="token">The token from the verification link (<c>sptoken</c>).</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A link to the verified account, or <see langword="null"/> when the token is unknown or used.</returns>
    Task<StormpathLink?> VerifyEmailAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>Sends the verification email of an unverified account again.</summary>
    /// <param name="applicationHref">The href of the application.</param>
    /// <param name="login">The user name or email address of the account.</param>
    /// <param name="accountStore">The one store to search, or <see langword="null"/> for all of the application's stores.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A task that completes when the server has accepted the request.</returns>
    Task ResendVerificationEmailAsync(Uri applicationHref, string login, Uri? accountStore = null, CancellationToken cancellationToken = default);
}
