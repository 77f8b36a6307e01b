using System.Text;

namespace Stormpath.Shared.SAuthc1;

/// <summary>
/// The percent-encoding SAuthc1 signs with: RFC 3986 unreserved characters (<c>A-Z a-z 0-9 - _ . ~</c>)
/// stay, every other byte of the UTF-8 form becomes <c>%XX</c> in upper-case hex, so a space is
/// <c>%20</c> (never <c>+</c>) and <c>*</c> is <c>%2A</c> (stormpath-api.md §2.2).
/// </summary>
internal static class SAuthc1Encoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Encodes a query key or value: every reserved character is escaped, <c>/</c> included.</summary>
    /// <param name="value">The decoded text.</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string value) => Encode(value, keepSlash: false);

    /// <summary>Encodes a path: like <see cref="Encode(string)"/>, but <c>/</c> stays as it is.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The encoded path.</returns>
    public static string EncodePath(string path) => Encode(path, keepSlash: true);

    /// <summary>
    /// Decodes a query key or value as form decoders do: <c>%XX</c> becomes that byte, <c>+</c> becomes a
    /// space, and the bytes are read as UTF-8. A <c>%</c> not followed by two hex digits is kept as it is,
    /// so decoding never fails; such a request simply does not verify.
    /// </summary>
    /// <param name="value">The text as it travelled.</param>
    /// <returns>The decoded text.</returns>
    public static string Decode(string value)
    {
        if (value.IndexOfAny(['%', '+']) < 0)
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        Span<byte> runeBytes = stackalloc byte[4];
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                i += 3;
            }
            else if (c == '+')
            {
                bytes.Add((byte)' ');
                i++;
            }
            else
            {
                Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed);
                var written = rune.EncodeToUtf8(runeBytes);
                for (var j = 0; j < written; j++)
                {
                    bytes.Add(runeBytes[j]);
                }

                i += consumed;
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Encode(string value, bool keepSlash)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsUnreserved(b) || (keepSlash && b == (byte)'/'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnreserved(byte b) =>
        b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~';

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
