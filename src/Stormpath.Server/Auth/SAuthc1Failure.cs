namespace Stormpath.Server.Auth;

/// <summary>
/// Why a request did not verify under SAuthc1. Every value maps to 401 with a Stormpath error body; the
/// reason is for the server's log, never for the response.
/// </summary>
internal enum SAuthc1Failure
{
    /// <summary>The request verified.</summary>
    None = 0,

    /// <summary>The request has no <c>Authorization</c> header.</summary>
    MissingAuthorization,

    /// <summary>The <c>Authorization</c> header uses another scheme (or none).</summary>
    NotSAuthc1,

    /// <summary>The <c>Authorization</c> header starts with <c>SAuthc1</c> but is not well formed.</summary>
    MalformedAuthorization,

    /// <summary>The signed-headers list lacks <c>host</c> or <c>x-stormpath-date</c>.</summary>
    RequiredHeaderNotSigned,

    /// <summary>A header named in the signed-headers list is not on the request.</summary>
    SignedHeaderMissing,

    /// <summary><c>X-Stormpath-Date</c> is not <c>yyyyMMddTHHmmssZ</c>.</summary>
    MalformedDate,

    /// <summary>The date stamp in the credential id is not the date of <c>X-Stormpath-Date</c>.</summary>
    DateStampMismatch,

    /// <summary><c>X-Stormpath-Date</c> is further from the server's clock than the allowed skew.</summary>
    OutsideClockSkew,

    /// <summary>No usable (existing, enabled) API key has the id in the header.</summary>
    UnknownKey,

    /// <summary>The signature does not match the request.</summary>
    SignatureMismatch,
}
