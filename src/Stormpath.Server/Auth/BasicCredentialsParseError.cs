namespace Stormpath.Server.Auth;

/// <summary>
/// Why an <c>Authorization</c> value is not usable HTTP Basic API-key credentials.
/// </summary>
internal enum BasicCredentialsParseError
{
    /// <summary>The credentials parsed.</summary>
    None = 0,

    /// <summary>The value is empty or uses another scheme.</summary>
    NotBasic,

    /// <summary>The part after <c>Basic </c> is not base64 of UTF-8 text.</summary>
    MalformedEncoding,

    /// <summary>The decoded text has no <c>:</c>, or nothing before it.</summary>
    MissingKeyId,
}
