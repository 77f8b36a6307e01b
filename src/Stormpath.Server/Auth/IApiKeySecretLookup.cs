namespace Stormpath.Server.Auth;

/// <summary>
/// Finds the secret of an API key that may authenticate, for request verification.
/// </summary>
internal interface IApiKeySecretLookup
{
    /// <summary>
    /// Returns the plain secret of the API key with the given id, or <see langword="null"/> when no such key
    /// exists or it is disabled (or its account cannot use it).
    /// </summary>
    /// <param name="keyId">The API key id from the request.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The secret, or <see langword="null"/>.</returns>
    ValueTask<string?> FindSecretAsync(string keyId, CancellationToken cancellationToken);
}
