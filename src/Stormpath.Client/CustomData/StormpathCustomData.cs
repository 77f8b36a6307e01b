using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// The schema-less custom data of a tenant, application, directory, account or group (stormpath-api.md §3.7).
/// </summary>
/// <remarks>
/// The reserved names <c>href</c>, <c>createdAt</c> and <c>modifiedAt</c> are not part of <see cref="Values"/>.
/// When the owner's <c>customData</c> link was not expanded, only <see cref="StormpathResource.Href"/> is set.
/// </remarks>
public sealed class StormpathCustomData
{
    /// <summary>Gets the absolute href of the custom data.</summary>
    [JsonPropertyName("href")]
    public Uri Href { get; init; } = null!;

    /// <summary>Gets when the custom data was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the custom data was last modified.</summary>
    [JsonPropertyName("modifiedAt")]
    public DateTimeOffset? ModifiedAt { get; init; }

    /// <summary>Gets the user keys and their JSON values.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> Values { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
