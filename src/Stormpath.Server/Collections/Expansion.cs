using Stormpath.Server.Errors;

namespace Stormpath.Server.Collections;

/// <summary>
/// The parsed <c>expand</c> parameter (§1.7): link names, each with optional collection paging
/// <c>name(offset:0,limit:10)</c>. Only one level deep.
/// </summary>
internal sealed class Expansion
{
    public static readonly Expansion None = new(new Dictionary<string, Paging>(StringComparer.Ordinal));

    private readonly Dictionary<string, Paging> _links;

    private Expansion(Dictionary<string, Paging> links) => _links = links;

    public bool Contains(string link) => _links.ContainsKey(link);

    public Paging PagingOf(string link) => _links.TryGetValue(link, out var p) ? p : Paging.Default;

    /// <summary>Parses <c>expand</c> from the query string and checks it against what the resource can expand (2107).</summary>
    public static Expansion FromQuery(HttpRequest request, IReadOnlyCollection<string> expandable)
    {
        var values = request.Query["expand"];
        if (values.Count == 0)
        {
            return None;
        }

        if (values.Count > 1)
        {
            throw new StormpathErrorException(ErrorCatalog.RepeatedQuery("expand"));
        }

        return Parse(values[0] ?? "", expandable);
    }

    public static Expansion Parse(string text, IReadOnlyCollection<string> expandable)
    {
        var links = new Dictionary<string, Paging>(StringComparer.Ordinal);
        foreach (var part in SplitTopLevel(text))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var name = item;
            var paging = Paging.Default;
            var open = item.IndexOf('(', StringComparison.Ordinal);
            if (open >= 0)
            {
                if (!item.EndsWith(')'))
                {
                    throw new StormpathErrorException(ErrorCatalog.MalformedQuery("expand", $"'{item}' has an unclosed parenthesis."));
                }

                name = item[..open].Trim();
                paging = ParsePaging(item[(open + 1)..^1]);
            }

            if (!expandable.Contains(name))
            {
                throw new StormpathErrorException(ErrorCatalog.NotExpandable(name));
            }

            links[name] = paging;
        }

        return new Expansion(links);
    }

    private static Paging ParsePaging(string text)
    {
        int? offset = null;
        int? limit = null;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split(':', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !int.TryParse(kv[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                throw new StormpathErrorException(ErrorCatalog.MalformedQuery("expand", $"'{pair}' is not 'offset:N' or 'limit:N'."));
            }

            switch (kv[0])
            {
                case "offset":
                    offset = n;
                    break;
                case "limit":
                    limit = n;
                    break;
                default:
                    throw new StormpathErrorException(ErrorCatalog.MalformedQuery("expand", $"'{kv[0]}' is not a paging parameter."));
            }
        }

        return Paging.Create(offset, limit, "expand");
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }
}
