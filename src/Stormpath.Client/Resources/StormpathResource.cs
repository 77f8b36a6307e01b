using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// The properties every Stormpath instance resource has: its absolute href and its timestamps.
/// </summary>
/// <remarks>
/// A resource property that holds a link is <see langword="null"/> when the link is null on the wire; when the link
/// was not expanded, the object carries only its <see cref="Href"/>. Properties this library does not know are kept
/// in <see cref="AdditionalProperties"/> rather than rejected, so newer servers do not break older clients.
/// </remarks>
public abstract class StormpathResource
{
    /// <summary>Gets the absolute href of the resource.</summary>
    [JsonPropertyName("href")]
    public Uri Href { get; init; } = null!;

    /// <summary>Gets when the resource was created, or <see langword="null"/> when the server did not say.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the resource was last modified, or <see langword="null"/> when the server did not say.</summary>
    [JsonPropertyName("modifiedAt")]
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Gets the properties of the resource that this library does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
