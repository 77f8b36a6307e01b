namespace Stormpath.Server.Auth;

/// <summary>
/// Remembers the SAuthc1 nonces already used, so that a captured request cannot be replayed inside the
/// clock-skew window. Must be shared by every server instance (it lives in the directory database).
/// </summary>
internal interface INonceLedger
{
    /// <summary>
    /// Records a nonce for a key, atomically: of several concurrent calls with the same key id and nonce,
    /// exactly one returns <see langword="true"/>.
    /// </summary>
    /// <param name="keyId">The API key id.</param>
    /// <param name="nonce">The nonce from the credential id.</param>
    /// <param name="expiresAt">When the entry may be forgotten (<see cref="SAuthc1VerificationResult.NonceExpiresAt"/>).</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns><see langword="true"/> when the nonce is new; <see langword="false"/> when it is a replay.</returns>
    ValueTask<bool> TryRecordAsync(string keyId, string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
