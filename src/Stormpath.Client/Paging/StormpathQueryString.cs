using System.Globalization;

namespace Stormpath.Client;

/// <summary>Renders a <see cref="StormpathQuery"/> and expansions as query parameters (stormpath-api.md §1.6–§1.9).</summary>
internal static class StormpathQueryString
{
    public const string Offset = "offset";
    public const string Limit = "limit";
    public const string Expand = "expand";

    /// <summary>Adds the parameters of a query to a parameter set, replacing any the href already carried.</summary>
    /// <param name="parameters">The parameters to add to.</param>
    /// <param name="query">The query; <see langword="null"/> adds nothing.</param>
    public static void Add(Dictionary<string, string> parameters, StormpathQuery? query)
    {
        if (query is null)
        {
            return;
        }

        if (query.Offset is { } offset)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset, nameof(query));
            parameters[Offset] = offset.ToString(CultureInfo.InvariantCulture);
        }

        if (query.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(query));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 100, nameof(query));
            parameters[Limit] = limit.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            parameters["q"] = query.Text;
        }

        if (!string.IsNullOrEmpty(query.OrderBy))
        {
            parameters["orderBy"] = query.OrderBy;
        }

        AddExpand(parameters, query.Expand);
        foreach (var (name, value) in query.Filters)
        {
            parameters[name] = value;
        }
    }

    /// <summary>Adds an <c>expand</c> parameter: the link names joined with <c>,</c>.</summary>
    /// <param name="parameters">The parameters to add to.</param>
    /// <param name="expand">The links to expand; <see langword="null"/> or empty adds nothing.</param>
    public static void AddExpand(Dictionary<string, string> parameters, IEnumerable<string>? expand)
    {
        var joined = FormatExpand(expand);
        if (joined.Length > 0)
        {
            parameters[Expand] = joined;
        }
    }

    /// <summary>Joins expansions with <c>,</c>, skipping blank entries.</summary>
    /// <param name="expand">The links to expand.</param>
    /// <returns>The value of the <c>expand</c> parameter, or an empty string.</returns>
    public static string FormatExpand(IEnumerable<string>? expand) =>
        expand is null ? string.Empty : string.Join(',', expand.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()));
}
