using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// A link to another Stormpath resource: an object whose only property is the absolute <c>href</c> of its target.
/// </summary>
/// <remarks>
/// A link whose target does not exist is JSON <see langword="null"/> on the wire (stormpath-api.md §1.3).
/// </remarks>
public sealed class StormpathLink
{
    /// <summary>Creates a link to <paramref name="href"/>.</summary>
    /// <param name="href">The absolute href of the linked resource.</param>
    [JsonConstructor]
    public StormpathLink(Uri href)
    {
        ArgumentNullException.ThrowIfNull(href);
        Href = href;
    }

    /// <summary>Gets the absolute href of the linked resource.</summary>
    [JsonPropertyName("href")]
    public Uri Href { get; }
}
