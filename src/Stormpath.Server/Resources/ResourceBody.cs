using System.Text.Json;
using System.Text.Json.Nodes;
using Stormpath.Server.Errors;

namespace Stormpath.Server.Resources;

/// <summary>
/// Typed, validated access to the properties of a create or update body. Unknown properties are refused
/// (2015); read-only properties a client may echo back (<c>href</c>, timestamps, links) are ignored.
/// </summary>
internal sealed class ResourceBody
{
    private static readonly HashSet<string> AlwaysIgnored = ["href", "createdAt", "modifiedAt"];
    private readonly JsonObject _json;
    private readonly string _resource;

    public ResourceBody(JsonObject json, string resource, IEnumerable<string> writable, IEnumerable<string>? readOnly = null)
    {
        _json = json;
        _resource = resource;
        var writableSet = writable.ToHashSet(StringComparer.Ordinal);
        var readOnlySet = (readOnly ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in json)
        {
            if (writableSet.Contains(name))
            {
                continue;
            }

            var echoedLink = value is JsonObject o && o.ContainsKey("href");
            if (!AlwaysIgnored.Contains(name) && !readOnlySet.Contains(name) && !echoedLink)
            {
                throw new StormpathErrorException(ErrorCatalog.UnknownProperty(name));
            }
        }

        Writable = writableSet;
    }

    private HashSet<string> Writable { get; }

    public JsonObject Json => _json;

    public bool Has(string name) => Writable.Contains(name) && _json.ContainsKey(name);

    /// <summary>Reads an optional string; present-and-null yields <see langword="true"/> with a null value.</summary>
    public bool TryGetString(string name, int maxLength, out string? value)
    {
        value = null;
        if (!Has(name))
        {
            return false;
        }

        var node = _json[name];
        if (node is null)
        {
            return true;
        }

        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            throw new StormpathErrorException(ErrorCatalog.WrongType(name, "a string"));
        }

        value = v.GetValue<string>();
        if (value.Length > maxLength)
        {
            throw new StormpathErrorException(ErrorCatalog.TooLong(name, maxLength));
        }

        return true;
    }

    /// <summary>Reads a string that, when present (or when <paramref name="required"/>), must not be blank.</summary>
    public bool TryGetRequiredString(string name, int maxLength, bool required, out string value)
    {
        if (!TryGetString(name, maxLength, out var read))
        {
            if (required)
            {
                throw new StormpathErrorException(ErrorCatalog.Required(_resource, name));
            }

            value = "";
            return false;
        }

        if (string.IsNullOrWhiteSpace(read))
        {
            throw new StormpathErrorException(ErrorCatalog.Required(_resource, name));
        }

        value = read;
        return true;
    }

    public bool TryGetEnum(string name, IReadOnlyList<string> allowed, out string value)
    {
        value = "";
        if (!TryGetString(name, 64, out var read))
        {
            return false;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, read, StringComparison.OrdinalIgnoreCase));
        value = match ?? throw new StormpathErrorException(ErrorCatalog.UnsupportedEnumValue(name, allowed));
        return true;
    }

    public bool TryGetBoolean(string name, out bool value)
    {
        value = false;
        if (!Has(name))
        {
            return false;
        }

        if (_json[name] is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new StormpathErrorException(ErrorCatalog.WrongType(name, "a boolean"));
        }

        value = v.GetValue<bool>();
        return true;
    }

    public bool TryGetInt32(string name, int min, int max, out int value)
    {
        value = 0;
        if (!Has(name))
        {
            return false;
        }

        if (_json[name] is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue(out value))
        {
            throw new StormpathErrorException(ErrorCatalog.WrongType(name, "an integer"));
        }

        if (value < min)
        {
            throw new StormpathErrorException(ErrorCatalog.BelowMinimum(name, min));
        }

        if (value > max)
        {
            throw new StormpathErrorException(ErrorCatalog.AboveMaximum(name, max));
        }

        return true;
    }

    /// <summary>Reads a link property <c>{"href": …}</c> and returns the href.</summary>
    public bool TryGetLinkHref(string name, bool required, out string href)
    {
        href = "";
        if (!Has(name))
        {
            return required ? throw new StormpathErrorException(ErrorCatalog.Required(_resource, name)) : false;
        }

        if (_json[name] is not JsonObject link || link["href"] is not JsonValue h || h.GetValueKind() != JsonValueKind.String)
        {
            throw new StormpathErrorException(ErrorCatalog.WrongType(name, "a link object with an 'href' string"));
        }

        href = h.GetValue<string>();
        return true;
    }

    public bool TryGetStringArray(string name, int maxItems, out List<string> values)
    {
        values = [];
        if (!Has(name))
        {
            return false;
        }

        if (_json[name] is not JsonArray array || array.Count > maxItems)
        {
            throw new StormpathErrorException(ErrorCatalog.WrongType(name, $"an array of at most {maxItems} strings"));
        }

        foreach (var item in array)
        {
            if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                throw new StormpathErrorException(ErrorCatalog.WrongType(name, "an array of strings"));
            }

            values.Add(v.GetValue<string>());
        }

        return true;
    }

    public bool TryGetObject(string name, out JsonObject value)
    {
        value = [];
        if (!Has(name))
        {
            return false;
        }

        value = _json[name] as JsonObject ?? throw new StormpathErrorException(ErrorCatalog.WrongType(name, "an object"));
        return true;
    }
}
