using System.Diagnostics.CodeAnalysis;

namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// The parts of an SAuthc1 <c>Authorization</c> header:
/// <c>SAuthc1 sauthc1Id={keyId}/{dateStamp}/{nonce}/sauthc1_request, sauthc1SignedHeaders={a;b}, sauthc1Signature={hex}</c>.
/// </summary>
/// <param name="KeyId">The API key id.</param>
/// <param name="DateStamp">The <c>yyyyMMdd</c> date stamp.</param>
/// <param name="Nonce">The nonce.</param>
/// <param name="SignedHeaders">The lower-case names of the signed headers, in the order they were signed.</param>
/// <param name="Signature">The signature, 64 lower-case hex digits.</param>
internal sealed record SAuthc1Header(
    string KeyId,
    string DateStamp,
    string Nonce,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    /// <summary>Longer values are refused unparsed; real headers are about 200 characters.</summary>
    internal const int MaxLength = 8192;

    /// <summary>The credential id, <c>{keyId}/{dateStamp}/{nonce}/sauthc1_request</c>.</summary>
    public string CredentialId => SAuthc1Crypto.CredentialId(KeyId, DateStamp, Nonce);

    /// <summary>The parameter part, everything after <c>SAuthc1 </c> (what <c>AuthenticationHeaderValue</c> calls the parameter).</summary>
    public string Parameter =>
        $"{SAuthc1Constants.IdParameter}={CredentialId}, "
        + $"{SAuthc1Constants.SignedHeadersParameter}={string.Join(';', SignedHeaders)}, "
        + $"{SAuthc1Constants.SignatureParameter}={Signature}";

    /// <summary>The whole header value, scheme included.</summary>
    /// <returns>The <c>Authorization</c> header value.</returns>
    public override string ToString() => SAuthc1Constants.Scheme + " " + Parameter;

    /// <summary>
    /// Parses an <c>Authorization</c> value (stormpath-api.md §2.2, verifier steps 1–2). Never throws.
    /// </summary>
    /// <param name="value">The header value as received; may be null.</param>
    /// <param name="header">The parsed header, when parsing succeeded.</param>
    /// <param name="error">Why parsing failed, or <see cref="SAuthc1HeaderParseError.None"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a well-formed SAuthc1 header.</returns>
    public static bool TryParse(
        string? value,
        [NotNullWhen(true)] out SAuthc1Header? header,
        out SAuthc1HeaderParseError error)
    {
        header = null;
        const string prefix = SAuthc1Constants.Scheme + " ";
        if (value is null || value.Length > MaxLength || !value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            error = SAuthc1HeaderParseError.NotSAuthc1;
            return false;
        }

        string? id = null, signedHeaders = null, signature = null;
        var parts = value[prefix.Length..].Split(", ");
        if (parts.Length != 3)
        {
            error = SAuthc1HeaderParseError.MalformedParameters;
            return false;
        }

        foreach (var part in parts)
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = SAuthc1HeaderParseError.MalformedParameters;
                return false;
            }

            var name = part[..equals];
            var parameterValue = part[(equals + 1)..];
            switch (name)
            {
                case SAuthc1Constants.IdParameter when id is null:
                    id = parameterValue;
                    break;
                case SAuthc1Constants.SignedHeadersParameter when signedHeaders is null:
                    signedHeaders = parameterValue;
                    break;
                case SAuthc1Constants.SignatureParameter when signature is null:
                    signature = parameterValue;
                    break;
                default:
                    // An unknown or repeated parameter.
                    error = SAuthc1HeaderParseError.MalformedParameters;
                    return false;
            }
        }

        var idParts = id!.Split('/');
        if (idParts.Length != 4
            || idParts[0].Length == 0
            || idParts[1].Length != 8
            || !idParts[1].All(char.IsAsciiDigit)
            || idParts[2].Length == 0
            || idParts[3] != SAuthc1Constants.IdTerminator)
        {
            error = SAuthc1HeaderParseError.MalformedCredentialId;
            return false;
        }

        var names = signedHeaders!.Split(';');
        if (names.Any(n => n.Length == 0 || !n.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')))
        {
            error = SAuthc1HeaderParseError.MalformedSignedHeaders;
            return false;
        }

        if (signature!.Length != 64 || !signature.All(char.IsAsciiHexDigit))
        {
            error = SAuthc1HeaderParseError.MalformedSignature;
            return false;
        }

        header = new SAuthc1Header(idParts[0], idParts[1], idParts[2], names, signature.ToLowerInvariant());
        error = SAuthc1HeaderParseError.None;
        return true;
    }
}
