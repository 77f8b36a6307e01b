namespace Stormpath.Client;

/// <summary>
/// The query of a collection read: paging, expansion, ordering and search (stormpath-api.md §1.6–§1.9).
/// </summary>
public sealed class StormpathQuery
{
    /// <summary>Gets or sets the zero-based index of the first item.</summary>
    /// <value>The default value is <see langword="null"/> (the server's default, 0).</value>
    public int? Offset { get; set; }

    /// <summary>Gets or sets the page size, 1 to 100.</summary>
    /// <value>The default value is <see langword="null"/> (the server's default, 25).</value>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the case-insensitive text searched for across all searchable attributes (<c>q</c>).</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the ordering, e.g. <c>surname asc,givenName desc</c>.</summary>
    public string? OrderBy { get; set; }

    /// <summary>Gets the links to expand, e.g. <c>customData</c> or <c>groups(offset:0,limit:10)</c>.</summary>
    public IList<string> Expand { get; } = [];

    /// <summary>
    /// Gets the attribute filters, e.g. <c>email</c> = <c>rose@example.test</c> or <c>customData.color</c> = <c>b*</c>.
    /// A value without <c>*</c> matches exactly (case-insensitively); <c>*</c> is a wildcard and cannot be escaped.
    /// </summary>
    public IDictionary<string, string> Filters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
