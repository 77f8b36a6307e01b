using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Server.Auth;

/// <summary>
/// Verifies SAuthc1-signed requests (stormpath-api.md §2.2, verifier algorithm). Never throws for anything
/// the client sent: every defect becomes an <see cref="SAuthc1Failure"/>. Logs nothing; the caller logs the
/// failure reason and key id, never the header or a secret.
/// </summary>
internal sealed class SAuthc1Verifier
{
    private readonly TimeProvider _timeProvider;
    private readonly SAuthc1VerifierOptions _options;

    /// <summary>
    /// Initializes a new instance of the <see cref="SAuthc1Verifier"/> class.
    /// </summary>
    /// <param name="options">The verifier options.</param>
    /// <param name="timeProvider">The clock the skew window is measured against.</param>
    public SAuthc1Verifier(IOptions<SAuthc1VerifierOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _timeProvider = timeProvider;
        if (_options.ClockSkew < TimeSpan.Zero)
        {
            throw new ArgumentException("SAuthc1VerifierOptions.ClockSkew must not be negative; use e.g. 00:15:00.", nameof(options));
        }
    }

    /// <summary>
    /// Verifies the <c>Authorization</c> header of a request. On success the caller must record the nonce
    /// with <see cref="INonceLedger.TryRecordAsync"/> and refuse a replay.
    /// </summary>
    /// <param name="request">The request as received.</param>
    /// <param name="secrets">Finds the secret of an enabled API key.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The outcome; exceptions come only from <paramref name="secrets"/> or cancellation.</returns>
    public async ValueTask<SAuthc1VerificationResult> VerifyAsync(
        ReceivedRequest request,
        IApiKeySecretLookup secrets,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secrets);

        var authorization = request.GetHeader("Authorization");
        if (string.IsNullOrEmpty(authorization))
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.MissingAuthorization);
        }

        if (!SAuthc1Header.TryParse(authorization, out var header, out var parseError))
        {
            return SAuthc1VerificationResult.Fail(
                parseError == SAuthc1HeaderParseError.NotSAuthc1 && !HasSAuthc1Scheme(authorization)
                    ? SAuthc1Failure.NotSAuthc1
                    : SAuthc1Failure.MalformedAuthorization);
        }

        if (!header.SignedHeaders.Contains(SAuthc1Constants.HostHeader)
            || !header.SignedHeaders.Contains(SAuthc1Constants.DateHeader))
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.RequiredHeaderNotSigned, header.KeyId, nonce: header.Nonce);
        }

        var signedHeaders = new List<KeyValuePair<string, string>>(header.SignedHeaders.Count);
        foreach (var name in header.SignedHeaders)
        {
            var value = request.GetHeader(name);
            if (value is null)
            {
                return SAuthc1VerificationResult.Fail(SAuthc1Failure.SignedHeaderMissing, header.KeyId, nonce: header.Nonce);
            }

            signedHeaders.Add(new(name, value));
        }

        var timestamp = request.GetHeader(SAuthc1Constants.DateHeader);
        if (!SAuthc1Crypto.TryParseTimestamp(timestamp, out var signedAt))
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.MalformedDate, header.KeyId, nonce: header.Nonce);
        }

        if (SAuthc1Crypto.FormatDateStamp(signedAt) != header.DateStamp)
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.DateStampMismatch, header.KeyId, signedAt, header.Nonce);
        }

        if ((_timeProvider.GetUtcNow() - signedAt).Duration() > _options.ClockSkew)
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.OutsideClockSkew, header.KeyId, signedAt, header.Nonce);
        }

        var secret = await secrets.FindSecretAsync(header.KeyId, cancellationToken).ConfigureAwait(false);
        if (secret is null)
        {
            return SAuthc1VerificationResult.Fail(SAuthc1Failure.UnknownKey, header.KeyId, signedAt, header.Nonce);
        }

        return SignatureMatches(request, header, signedHeaders, timestamp!, secret)
            ? SAuthc1VerificationResult.Success(header.KeyId, signedAt, header.Nonce, signedAt + _options.ClockSkew)
            : SAuthc1VerificationResult.Fail(SAuthc1Failure.SignatureMismatch, header.KeyId, signedAt, header.Nonce);
    }

    private static bool SignatureMatches(
        ReceivedRequest request,
        SAuthc1Header header,
        List<KeyValuePair<string, string>> signedHeaders,
        string timestamp,
        string secret)
    {
        var (block, signedList) = SAuthc1Canonicalizer.Headers(signedHeaders);
        var bodyHash = SAuthc1Crypto.BodyHash(request.Body.Span);
        var expected = Convert.FromHexString(header.Signature);
        var signingKey = SAuthc1Crypto.DeriveSigningKey(secret, header.DateStamp, header.Nonce);
        try
        {
            foreach (var (path, query) in Canonicalizations(request))
            {
                var canonicalRequest = SAuthc1Canonicalizer.Request(request.Method, path, query, block, signedList, bodyHash);
                var stringToSign = SAuthc1Crypto.StringToSign(timestamp, header.CredentialId, canonicalRequest);
                if (CryptographicOperations.FixedTimeEquals(SAuthc1Crypto.Sign(signingKey, stringToSign), expected))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(signingKey);
        }
    }

    // The canonical form first; then the forms Stormpath's Python SDK signs (raw wire query with fix-ups,
    // in wire order and sorted), which differ only for unusual escaping (stormpath-api.md §2.2, verifier step 5).
    private static IEnumerable<(string Path, string Query)> Canonicalizations(ReceivedRequest request)
    {
        var canonical = (SAuthc1Canonicalizer.Path(request.RawPath), SAuthc1Canonicalizer.Query(request.RawQuery));
        yield return canonical;

        var pythonPath = SAuthc1Canonicalizer.PythonStylePath(request.RawPath);
        var wireOrder = (pythonPath, SAuthc1Canonicalizer.PythonStyleQuery(request.RawQuery, sortPairs: false));
        if (wireOrder != canonical)
        {
            yield return wireOrder;
        }

        var sorted = (pythonPath, SAuthc1Canonicalizer.PythonStyleQuery(request.RawQuery, sortPairs: true));
        if (sorted != canonical && sorted != wireOrder)
        {
            yield return sorted;
        }
    }

    private static bool HasSAuthc1Scheme(string authorization) =>
        authorization.StartsWith(SAuthc1Constants.Scheme, StringComparison.OrdinalIgnoreCase)
        && (authorization.Length == SAuthc1Constants.Scheme.Length || authorization[SAuthc1Constants.Scheme.Length] == ' ');
}
