namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// Why an <c>Authorization</c> value is not a well-formed SAuthc1 header.
/// </summary>
internal enum SAuthc1HeaderParseError
{
    /// <summary>The header parsed.</summary>
    None = 0,

    /// <summary>The value is empty, too long, or does not start with <c>SAuthc1 </c>.</summary>
    NotSAuthc1,

    /// <summary>The parameters are not exactly <c>sauthc1Id</c>, <c>sauthc1SignedHeaders</c> and <c>sauthc1Signature</c>, each once.</summary>
    MalformedParameters,

    /// <summary>The credential id is not <c>keyId/yyyyMMdd/nonce/sauthc1_request</c>.</summary>
    MalformedCredentialId,

    /// <summary>The signed-headers list is empty or holds an empty or non-lower-case name.</summary>
    MalformedSignedHeaders,

    /// <summary>The signature is not 64 hex digits.</summary>
    MalformedSignature,
}
