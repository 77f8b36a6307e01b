namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// The fixed names of the SAuthc1 digest scheme (stormpath-api.md §2.2).
/// </summary>
internal static class SAuthc1Constants
{
    /// <summary>The authentication scheme of the <c>Authorization</c> header.</summary>
    public const string Scheme = "SAuthc1";

    /// <summary>The algorithm label that opens the string to sign.</summary>
    public const string Algorithm = "HMAC-SHA-256";

    /// <summary>The last part of the credential id.</summary>
    public const string IdTerminator = "sauthc1_request";

    /// <summary>The header parameter that carries the credential id.</summary>
    public const string IdParameter = "sauthc1Id";

    /// <summary>The header parameter that carries the signed header names.</summary>
    public const string SignedHeadersParameter = "sauthc1SignedHeaders";

    /// <summary>The header parameter that carries the signature.</summary>
    public const string SignatureParameter = "sauthc1Signature";

    /// <summary>The name of the <c>Host</c> header, lower case as it is signed.</summary>
    public const string HostHeader = "host";

    /// <summary>The name of the date header, lower case as it is signed.</summary>
    public const string DateHeader = "x-stormpath-date";

    /// <summary>The format of <c>X-Stormpath-Date</c>, always UTC.</summary>
    public const string TimestampFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The format of the date stamp inside the credential id.</summary>
    public const string DateStampFormat = "yyyyMMdd";

    /// <summary>The lower-case hex SHA-256 of an empty body.</summary>
    public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
}
