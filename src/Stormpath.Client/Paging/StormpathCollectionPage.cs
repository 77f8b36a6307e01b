using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// One page of a Stormpath collection (stormpath-api.md §1.6). As a link that was not expanded, only
/// <see cref="Href"/> is set and <see cref="Items"/> is empty.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class StormpathCollectionPage<T>
{
    /// <summary>Gets the href of the collection, echoing the query that produced this page.</summary>
    [JsonPropertyName("href")]
    public Uri Href { get; init; } = null!;

    /// <summary>Gets the zero-based index of the first item of this page.</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    /// <summary>Gets the page size that was asked for.</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; }

    /// <summary>Gets the total number of items in the whole collection, not the length of this page.</summary>
    [JsonPropertyName("size")]
    public int Size { get; init; }

    /// <summary>Gets the items of this page.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<T> Items { get; init; } = [];
}
