using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stormpath.Server.Errors;

namespace Stormpath.Server.Collections;

/// <summary>
/// <c>customData.&lt;key&gt;</c> search and sort on account collections (§1.9): nested keys with dots,
/// wildcards on text, numeric ranges, and datetime ranges on datetime-looking strings (no shorthand: a bare
/// value is an exact match).
/// </summary>
internal static class CustomDataSearch
{
    public static readonly IComparer<object?> SortKeyComparer = Comparer<object?>.Create(CompareKeys);

    public static void Validate(string name, string value)
    {
        if (IsRange(value) && !TryNumericRange(value, out _, out _, out _, out _) && !DateTimeRange.TryParse(value, out _))
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidQueryValue(name, $"'{value}' is neither a numeric nor a datetime range."));
        }
    }

    public static JsonObject ParseDocument(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    public static bool Matches(JsonObject data, string path, string value)
    {
        var node = Navigate(data, path);
        if (node is not JsonValue leaf)
        {
            return false;
        }

        if (IsRange(value))
        {
            if (TryNumericRange(value, out var min, out var minInclusive, out var max, out var maxInclusive))
            {
                if (leaf.GetValueKind() != JsonValueKind.Number)
                {
                    return false;
                }

                var n = leaf.GetValue<decimal>();
                return (min is null || (minInclusive ? n >= min : n > min)) && (max is null || (maxInclusive ? n <= max : n < max));
            }

            return leaf.GetValueKind() == JsonValueKind.String
                && DateTimeRange.TryParse(value, out var range)
                && DateTime.TryParse(leaf.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
                && range.Contains(at);
        }

        var text = leaf.GetValueKind() == JsonValueKind.String ? leaf.GetValue<string>() : leaf.ToJsonString();
        return WildcardMatch(text, value);
    }

    public static object? SortKey(JsonObject data, string path) => Navigate(data, path) is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.Number => v.GetValue<decimal>(),
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => 1m,
            JsonValueKind.False => 0m,
            _ => null,
        }
        : null;

    private static int CompareKeys(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (decimal x, decimal y) => x.CompareTo(y),
        (decimal, _) => -1,
        (_, decimal) => 1,
        _ => string.CompareOrdinal((string)a, (string)b),
    };

    private static JsonNode? Navigate(JsonObject data, string path)
    {
        JsonNode? node = data;
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child : null;
        }

        return node;
    }

    private static bool WildcardMatch(string text, string pattern)
    {
        var leading = pattern.StartsWith('*');
        var trailing = pattern.Length > 1 && pattern.EndsWith('*');
        var core = pattern.Trim('*');
        return (leading, trailing) switch
        {
            (true, true) => text.Contains(core, StringComparison.OrdinalIgnoreCase),
            (true, false) => text.EndsWith(core, StringComparison.OrdinalIgnoreCase),
            (false, true) => text.StartsWith(core, StringComparison.OrdinalIgnoreCase),
            _ => text.Equals(core, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsRange(string value) =>
        value.Length >= 2 && value[0] is '[' or '(' && value[^1] is ']' or ')' && value.Contains(',', StringComparison.Ordinal);

    private static bool TryNumericRange(string value, out decimal? min, out bool minInclusive, out decimal? max, out bool maxInclusive)
    {
        min = max = null;
        minInclusive = value[0] == '[';
        maxInclusive = value[^1] == ']';
        var parts = value[1..^1].Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || (parts[0].Length == 0 && parts[1].Length == 0))
        {
            return false;
        }

        if (parts[0].Length > 0)
        {
            if (!decimal.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo))
            {
                return false;
            }

            min = lo;
        }

        if (parts[1].Length > 0)
        {
            if (!decimal.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var hi))
            {
                return false;
            }

            max = hi;
        }

        return true;
    }
}
