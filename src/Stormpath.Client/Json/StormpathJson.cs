using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// The one set of JSON settings of the client, created once: camelCase names, nulls left out of request bodies,
/// unknown properties tolerated, enums as their upper-case wire names (stormpath-api.md §1.2, §13).
/// </summary>
internal static class StormpathJson
{
    /// <summary>Gets the serializer options every request and response uses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        };
        options.Converters.Add(new StormpathEnumConverter<StormpathAccountStatus>());
        options.Converters.Add(new StormpathEnumConverter<StormpathEmailVerificationStatus>());
        options.Converters.Add(new StormpathEnumConverter<StormpathResourceStatus>());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
