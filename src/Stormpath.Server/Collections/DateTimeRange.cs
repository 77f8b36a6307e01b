using System.Globalization;
using Stormpath.Server.Errors;

namespace Stormpath.Server.Collections;

/// <summary>
/// A datetime search value (§1.9): <c>[a,b]</c>, <c>(a,b)</c>, open ends (<c>[,2016)</c>) or the shorthand
/// "whole unit" form (<c>2015-01</c>). Precision follows what is written, from years to milliseconds.
/// The result is the half-open interval [<see cref="From"/>, <see cref="To"/>). <see cref="Reversed"/> says the
/// start written is after the end written (<c>[2016,2015]</c>), which is an error (2108) even though the
/// interval's bounds touch.
/// </summary>
internal readonly record struct DateTimeRange(DateTime? From, DateTime? To, bool Reversed = false)
{
    private static readonly (string Format, Func<DateTime, DateTime> End)[] Units =
    [
        ("yyyy", d => d.AddYears(1)),
        ("yyyy-MM", d => d.AddMonths(1)),
        ("yyyy-MM-dd", d => d.AddDays(1)),
        ("yyyy-MM-dd'T'HH", d => d.AddHours(1)),
        ("yyyy-MM-dd'T'HH:mm", d => d.AddMinutes(1)),
        ("yyyy-MM-dd'T'HH:mm:ss", d => d.AddSeconds(1)),
        ("yyyy-MM-dd'T'HH:mm:ss.fff", d => d.AddMilliseconds(1)),
    ];

    public bool Contains(DateTime value) => (From is null || value >= From) && (To is null || value < To);

    public static bool TryParse(string value, out DateTimeRange range)
    {
        range = default;
        value = value.Trim();
        if (value.Length >= 2 && value[0] is '[' or '(' && value[^1] is ']' or ')')
        {
            var parts = value[1..^1].Split(',');
            if (parts.Length != 2)
            {
                return false;
            }

            DateTime? from = null, to = null, writtenFrom = null, writtenTo = null;
            if (parts[0].Trim().Length > 0)
            {
                if (!TryParseUnit(parts[0].Trim(), out var start, out var end))
                {
                    return false;
                }

                from = value[0] == '[' ? start : end;
                writtenFrom = start;
            }

            if (parts[1].Trim().Length > 0)
            {
                if (!TryParseUnit(parts[1].Trim(), out var start, out var end))
                {
                    return false;
                }

                to = value[^1] == ']' ? end : start;
                writtenTo = start;
            }

            range = new DateTimeRange(from, to, writtenFrom > writtenTo);
            return true;
        }

        if (TryParseUnit(value, out var unitStart, out var unitEnd))
        {
            range = new DateTimeRange(unitStart, unitEnd);
            return true;
        }

        return false;
    }

    /// <summary>Parses a search value or throws 2103 (bad value) / 2108 (start after end).</summary>
    public static DateTimeRange Parse(string parameter, string value)
    {
        if (!TryParse(value, out var range))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidQueryValue(parameter, $"'{value}' is not a datetime or datetime range."));
        }

        if (range.Reversed || (range.From is { } f && range.To is { } t && f > t))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidRange(parameter));
        }

        return range;
    }

    private static bool TryParseUnit(string text, out DateTime start, out DateTime end)
    {
        var trimmed = text.EndsWith('Z') ? text[..^1] : text;
        foreach (var (format, next) in Units)
        {
            if (DateTime.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start))
            {
                start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
                end = next(start);
                return true;
            }
        }

        start = end = default;
        return false;
    }
}
