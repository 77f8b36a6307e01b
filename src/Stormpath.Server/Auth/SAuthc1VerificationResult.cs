namespace Stormpath.Server.Auth;

/// <summary>
/// The outcome of <see cref="SAuthc1Verifier.VerifyAsync"/>. On success the caller must still record the
/// nonce (<see cref="INonceLedger.TryRecordAsync"/>, until <see cref="NonceExpiresAt"/>) and refuse the
/// request when it was seen before.
/// </summary>
internal sealed class SAuthc1VerificationResult
{
    private SAuthc1VerificationResult(
        SAuthc1Failure failure,
        string? keyId,
        DateTimeOffset? signedAt,
        string? nonce,
        DateTimeOffset? nonceExpiresAt)
    {
        Failure = failure;
        KeyId = keyId;
        SignedAt = signedAt;
        Nonce = nonce;
        NonceExpiresAt = nonceExpiresAt;
    }

    /// <summary>Gets a value indicating whether the signature verified.</summary>
    public bool Succeeded => Failure == SAuthc1Failure.None;

    /// <summary>Gets why verification failed, or <see cref="SAuthc1Failure.None"/>.</summary>
    public SAuthc1Failure Failure { get; }

    /// <summary>Gets the API key id named by the header, when the header parsed (not a secret; fine to log).</summary>
    public string? KeyId { get; }

    /// <summary>Gets the signing time from <c>X-Stormpath-Date</c>, when it parsed.</summary>
    public DateTimeOffset? SignedAt { get; }

    /// <summary>Gets the nonce named by the header, when the header parsed.</summary>
    public string? Nonce { get; }

    /// <summary>Gets the moment after which this request's timestamp falls outside the skew window, so its nonce may be forgotten. Set on success.</summary>
    public DateTimeOffset? NonceExpiresAt { get; }

    internal static SAuthc1VerificationResult Success(string keyId, DateTimeOffset signedAt, string nonce, DateTimeOffset nonceExpiresAt) =>
        new(SAuthc1Failure.None, keyId, signedAt, nonce, nonceExpiresAt);

    internal static SAuthc1VerificationResult Fail(
        SAuthc1Failure failure,
        string? keyId = null,
        DateTimeOffset? signedAt = null,
        string? nonce = null) =>
        new(failure, keyId, signedAt, nonce, null);
}
