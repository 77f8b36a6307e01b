using System.Globalization;
using System.Text;

namespace Stormpath.Client;

/// <summary>Formats the entries of an <c>expand</c> parameter (stormpath-api.md §1.7).</summary>
public static class StormpathExpansion
{
    /// <summary>
    /// Formats the expansion of a collection link with paging, as Stormpath's SDKs write it:
    /// <c>groups(offset:10,limit:100)</c>; an absent or zero offset and an absent limit are left out.
    /// </summary>
    /// <param name="link">The name of the collection link, e.g. <c>groups</c>.</param>
    /// <param name="offset">The zero-based index of the first item, or <see langword="null"/>.</param>
    /// <param name="limit">The page size, 1 to 100, or <see langword="null"/>.</param>
    /// <returns>The expansion, e.g. <c>groups(limit:100)</c>.</returns>
    public static string Collection(string link, int? offset = null, int? limit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        if (offset is { } o)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(o, nameof(offset));
        }

        if (limit is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(l, 1, nameof(limit));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(l, 100, nameof(limit));
        }

        var parts = new StringBuilder();
        if (offset is > 0)
        {
            parts.Append("offset:").Append(offset.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (limit is not null)
        {
            parts.Append(parts.Length > 0 ? "," : string.Empty).Append("limit:").Append(limit.Value.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Length == 0 ? link : $"{link}({parts})";
    }
}
