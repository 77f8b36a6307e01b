using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// Reads and writes a Stormpath enum as its upper-case wire name (<c>ENABLED</c>, <c>UNVERIFIED</c>, …). A value this
/// library does not know reads as the enum's zero member (<c>Unknown</c>) rather than failing: a newer server must not
/// break an older client (stormpath-api.md §4.1).
/// </summary>
/// <typeparam name="TEnum">The enum; its zero member must mean "unknown".</typeparam>
internal sealed class StormpathEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByWireName = BuildReadMap();
    private static readonly Dictionary<TEnum, JsonEncodedText> WireNames = BuildWriteMap();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return default;
        }

        var text = reader.GetString();
        return text is not null && ByWireName.TryGetValue(text, out var value) ? value : default;
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (WireNames.TryGetValue(value, out var name))
        {
            writer.WriteStringValue(name);
        }
        else
        {
            writer.WriteStringValue(value.ToString().ToUpperInvariant());
        }
    }

    private static Dictionary<string, TEnum> BuildReadMap()
    {
        var map = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            map[value.ToString()] = value;
        }

        return map;
    }

    private static Dictionary<TEnum, JsonEncodedText> BuildWriteMap()
    {
        var map = new Dictionary<TEnum, JsonEncodedText>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            map[value] = JsonEncodedText.Encode(value.ToString().ToUpperInvariant());
        }

        return map;
    }
}
