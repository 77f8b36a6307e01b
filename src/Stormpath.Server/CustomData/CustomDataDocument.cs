using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Stormpath.Server.Errors;

namespace Stormpath.Server.CustomData;

/// <summary>
/// The rules of a customData document (§3.7): key syntax (3000–3002), reserved names (3003), the 10 MB
/// cap (3004), merge on POST with <c>null</c> deleting a key.
/// </summary>
internal static partial class CustomDataDocument
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly HashSet<string> ReadOnly = ["href", "createdAt", "modifiedAt"];
    private static readonly HashSet<string> Reserved = ["meta", "spMeta", "spmeta", "ionmeta", "ionMeta"];

    /// <summary>Merges <paramref name="patch"/> into the stored document and returns the new document.</summary>
    public static string Merge(string stored, JsonObject patch)
    {
        var document = JsonNode.Parse(stored) as JsonObject ?? [];
        foreach (var (key, value) in patch)
        {
            if (ReadOnly.Contains(key))
            {
                // Clients echo the reserved fields back when they save a customData they read; they are not data.
                continue;
            }

            ValidateKey(key);
            if (value is null)
            {
                document.Remove(key);
            }
            else
            {
                document[key] = value.DeepClone();
            }
        }

        var json = document.ToJsonString();
        if (Encoding.UTF8.GetByteCount(json) > MaxBytes)
        {
            throw new StormpathErrorException(ErrorCatalog.CustomDataTooLarge());
        }

        return json;
    }

    public static string Remove(string stored, string key)
    {
        var document = JsonNode.Parse(stored) as JsonObject ?? [];
        document.Remove(key);
        return document.ToJsonString();
    }

    public static void ValidateKey(string key)
    {
        if (key.Length == 0)
        {
            throw new StormpathErrorException(ErrorCatalog.CustomDataKeyEmpty());
        }

        if (key.Length > 255)
        {
            throw new StormpathErrorException(ErrorCatalog.CustomDataKeyTooLong(key));
        }

        if (Reserved.Contains(key) || ReadOnly.Contains(key))
        {
            throw new StormpathErrorException(ErrorCatalog.CustomDataKeyReserved(key));
        }

        if (!KeyPattern().IsMatch(key))
        {
            throw new StormpathErrorException(ErrorCatalog.CustomDataKeyInvalid(key));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]*$")]
    private static partial Regex KeyPattern();
}
