using Stormpath.Server.Errors;

namespace Stormpath.Server.Collections;

/// <summary>
/// The query of a collection GET: paging, <c>orderBy</c>, <c>q</c> and attribute filters (§1.6–§1.9).
/// Filters are checked against the collection's <see cref="SearchSchema{T}"/> when applied.
/// </summary>
internal sealed class CollectionQuery
{
    private static readonly HashSet<string> Reserved = ["offset", "limit", "orderBy", "expand", "q"];

    public Paging Paging { get; private init; } = Paging.Default;

    public IReadOnlyList<(string Attribute, bool Descending)> OrderBy { get; private init; } = [];

    public string? Q { get; private init; }

    public IReadOnlyList<KeyValuePair<string, string>> Filters { get; private init; } = [];

    /// <summary>The query string for the collection href: offset and limit, then every other parameter whose
    /// name and value are unreserved characters only (§13: the .NET SDK would re-encode anything else).</summary>
    public string EchoQuery { get; private init; } = "offset=0&limit=25";

    public static CollectionQuery ForPaging(Paging paging) => new()
    {
        Paging = paging,
        EchoQuery = $"offset={paging.Offset}&limit={paging.Limit}",
    };

    /// <summary>Parses the query; <paramref name="ignored"/> names endpoint parameters that are not filters.</summary>
    public static CollectionQuery FromRequest(HttpRequest request, params IReadOnlyCollection<string> ignored)
    {
        var query = request.Query;
        foreach (var (key, values) in query)
        {
            if (values.Count > 1)
            {
                throw new StormpathErrorException(ErrorCatalog.RepeatedQuery(key));
            }
        }

        var paging = Paging.Create(ReadInt(request, "offset"), ReadInt(request, "limit"), "limit");
        var orderBy = ParseOrderBy(query["orderBy"].FirstOrDefault());
        var filters = query
            .Where(kv => !Reserved.Contains(kv.Key) && !ignored.Contains(kv.Key))
            .Select(kv => KeyValuePair.Create(kv.Key, kv.Value[0] ?? ""))
            .ToList();
        var echo = new List<string> { $"offset={paging.Offset}", $"limit={paging.Limit}" };
        echo.AddRange(query
            .Where(kv => kv.Key is not ("offset" or "limit") && IsUnreserved(kv.Key) && IsUnreserved(kv.Value[0] ?? ""))
            .Select(kv => $"{kv.Key}={kv.Value[0]}"));
        return new CollectionQuery
        {
            Paging = paging,
            OrderBy = orderBy,
            Q = query["q"].FirstOrDefault() is { Length: > 0 } q ? q : null,
            Filters = filters,
            EchoQuery = string.Join('&', echo),
        };
    }

    private static int? ReadInt(HttpRequest request, string name)
    {
        var raw = request.Query[name].FirstOrDefault();
        if (raw is null)
        {
            return null;
        }

        return int.TryParse(raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StormpathErrorException(ErrorCatalog.InvalidQueryValue(name, $"'{raw}' is not an integer."));
    }

    private static List<(string, bool)> ParseOrderBy(string? text)
    {
        var result = new List<(string, bool)>();
        if (text is null)
        {
            return result;
        }

        foreach (var clause in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2)
            {
                throw new StormpathErrorException(ErrorCatalog.InvalidOrderBy($"'{clause}' is not 'attribute [asc|desc]'."));
            }

            var descending = words.Length == 2 && words[1].ToUpperInvariant() switch
            {
                "ASC" => false,
                "DESC" => true,
                _ => throw new StormpathErrorException(ErrorCatalog.InvalidOrderBy($"'{words[1]}' is not asc or desc.")),
            };
            result.Add((words[0], descending));
        }

        return result;
    }

    private static bool IsUnreserved(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~');
}
