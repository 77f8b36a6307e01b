using System.Linq.Expressions;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Collections;

/// <summary>
/// What a collection can be searched and sorted by (§1.8, §1.9), translated to SQL by EF on both providers.
/// Text matches are case-insensitive; <c>*</c> at either end is a wildcard.
/// </summary>
internal sealed class SearchSchema<T>
    where T : StormpathRecord
{
    private readonly Dictionary<string, (Expression<Func<T, string?>> Selector, bool Normalized)> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expression<Func<T, string>>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Expression<Func<T, DateTime?>>> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IQueryable<T>, IOrderedQueryable<T>?, bool, IOrderedQueryable<T>>> _sorts = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the attribute ordered by when the query names none (after it: creation, id).</summary>
    public string? DefaultSort { get; init; }

    /// <summary>Gets or sets how to read an item's customData document, for <c>customData.*</c> search and sort.</summary>
    public Func<T, string>? CustomDataOf { get; init; }

    /// <summary>A text attribute; <paramref name="normalized"/> says the column already holds lower case.</summary>
    public SearchSchema<T> Text(string name, Expression<Func<T, string?>> selector, bool normalized = false, Expression<Func<T, string?>>? sortBy = null)
    {
        _text[name] = (selector, normalized);
        return Sortable(name, sortBy ?? selector);
    }

    /// <summary>An enum attribute (status), matched exactly after upper-casing.</summary>
    public SearchSchema<T> Exact(string name, Expression<Func<T, string>> selector)
    {
        _exact[name] = selector;
        return Sortable(name, selector);
    }

    public SearchSchema<T> Date(string name, Expression<Func<T, DateTime?>> selector)
    {
        _dates[name] = selector;
        return Sortable(name, selector);
    }

    public SearchSchema<T> Sortable<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _sorts[name] = (source, ordered, descending) => ordered is null
            ? descending ? source.OrderByDescending(key) : source.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        return this;
    }

    public bool NeedsMemory(CollectionQuery query) =>
        query.Filters.Any(f => IsCustomData(f.Key)) || query.OrderBy.Any(o => IsCustomData(o.Attribute));

    /// <summary>Applies the SQL-translatable filters (everything except customData).</summary>
    public IQueryable<T> Filter(IQueryable<T> source, CollectionQuery query)
    {
        foreach (var (name, value) in query.Filters)
        {
            if (IsCustomData(name))
            {
                if (CustomDataOf is null)
                {
                    throw new StormpathErrorException(ErrorCatalog.UnsupportedQuery(name));
                }

                CustomDataSearch.Validate(name, value);
                continue;
            }

            source = source.Where(FilterFor(name, value));
        }

        if (query.Q is { } q)
        {
            Expression<Func<T, bool>>? any = null;
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? body = null;
            foreach (var (selector, normalized) in _text.Values)
            {
                var match = Rebind(TextMatch(selector, normalized, "*" + q.Trim('*') + "*"), parameter);
                body = body is null ? match : Expression.OrElse(body, match);
            }

            if (body is not null)
            {
                any = Expression.Lambda<Func<T, bool>>(body, parameter);
                source = source.Where(any);
            }
        }

        return source;
    }

    /// <summary>Orders by the requested attributes, then by creation and id so that paging is stable.</summary>
    public IOrderedQueryable<T> Order(IQueryable<T> source, CollectionQuery query)
    {
        IOrderedQueryable<T>? ordered = null;
        var clauses = query.OrderBy.Count == 0 && DefaultSort is { } defaultSort ? [(defaultSort, false)] : query.OrderBy;
        foreach (var (attribute, descending) in clauses)
        {
            if (IsCustomData(attribute))
            {
                if (CustomDataOf is null)
                {
                    throw new StormpathErrorException(ErrorCatalog.UnsortableAttribute(attribute));
                }

                continue;
            }

            if (!_sorts.TryGetValue(attribute, out var sort))
            {
                throw new StormpathErrorException(ErrorCatalog.UnsortableAttribute(attribute));
            }

            ordered = sort(source, ordered, descending);
        }

        ordered = ordered is null ? source.OrderBy(x => x.CreatedAt) : ordered.ThenBy(x => x.CreatedAt);
        return ordered.ThenBy(x => x.Id);
    }

    /// <summary>Applies customData filters and sorts to items already loaded (accounts only, §1.9).</summary>
    public List<T> FilterAndOrderInMemory(List<T> items, CollectionQuery query)
    {
        var customDataOf = CustomDataOf!;
        IEnumerable<(T Item, System.Text.Json.Nodes.JsonObject Data)> rows = items.Select(i => (i, CustomDataSearch.ParseDocument(customDataOf(i))));
        foreach (var (name, value) in query.Filters.Where(f => IsCustomData(f.Key)))
        {
            var path = name["customData.".Length..];
            rows = rows.Where(r => CustomDataSearch.Matches(r.Data, path, value)).ToList();
        }

        var list = rows.ToList();
        if (query.OrderBy.Any(o => IsCustomData(o.Attribute)))
        {
            // Order by every clause in turn; SQL ordering of the other attributes is already applied, so a
            // stable sort keeps it for ties.
            foreach (var (attribute, descending) in query.OrderBy.Reverse())
            {
                if (!IsCustomData(attribute))
                {
                    continue;
                }

                // Items without the key come last in either direction.
                var path = attribute["customData.".Length..];
                var missingLast = list.OrderBy(r => CustomDataSearch.SortKey(r.Data, path) is null);
                list = (descending
                    ? missingLast.ThenByDescending(r => CustomDataSearch.SortKey(r.Data, path), CustomDataSearch.SortKeyComparer)
                    : missingLast.ThenBy(r => CustomDataSearch.SortKey(r.Data, path), CustomDataSearch.SortKeyComparer)).ToList();
            }
        }

        return list.Select(r => r.Item).ToList();
    }

    private static bool IsCustomData(string name) => name.StartsWith("customData.", StringComparison.Ordinal);

    private Expression<Func<T, bool>> FilterFor(string name, string value)
    {
        if (_text.TryGetValue(name, out var text))
        {
            return TextMatch(text.Selector, text.Normalized, value);
        }

        if (_exact.TryGetValue(name, out var exact))
        {
            var upper = value.ToUpperInvariant();
            return Expression.Lambda<Func<T, bool>>(Expression.Equal(exact.Body, Expression.Constant(upper)), exact.Parameters);
        }

        if (_dates.TryGetValue(name, out var date))
        {
            var range = DateTimeRange.Parse(name, value);
            Expression body = Expression.NotEqual(date.Body, Expression.Constant(null, typeof(DateTime?)));
            if (range.From is { } from)
            {
                body = Expression.AndAlso(body, Expression.GreaterThanOrEqual(date.Body, Expression.Constant(from, typeof(DateTime?))));
            }

            if (range.To is { } to)
            {
                body = Expression.AndAlso(body, Expression.LessThan(date.Body, Expression.Constant(to, typeof(DateTime?))));
            }

            return Expression.Lambda<Func<T, bool>>(body, date.Parameters);
        }

        throw new StormpathErrorException(ErrorCatalog.UnsupportedQuery(name));
    }

    private static Expression<Func<T, bool>> TextMatch(Expression<Func<T, string?>> selector, bool normalized, string pattern)
    {
        var value = pattern.ToLowerInvariant();
        var leading = value.StartsWith('*');
        var trailing = value.Length > 1 && value.EndsWith('*');
        var core = value.Trim('*');
        var column = selector.Body;
        Expression lowered = normalized ? column : Expression.Call(column, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var constant = Expression.Constant(core);
        Expression match = (leading, trailing) switch
        {
            (true, true) => Expression.Call(lowered, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, constant),
            (true, false) => Expression.Call(lowered, typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!, constant),
            (false, true) => Expression.Call(lowered, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, constant),
            _ => Expression.Equal(lowered, constant),
        };
        var body = Expression.AndAlso(Expression.NotEqual(column, Expression.Constant(null, typeof(string))), match);
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }

    private static Expression Rebind(Expression<Func<T, bool>> lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
