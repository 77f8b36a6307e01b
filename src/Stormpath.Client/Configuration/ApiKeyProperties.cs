namespace Stormpath.Client;

/// <summary>
/// Reads an <c>apiKey.properties</c> file as Stormpath's SDKs wrote it (stormpath-api.md §2.3): Java properties with
/// the two keys <c>apiKey.id</c> and <c>apiKey.secret</c>, whitespace allowed around <c>=</c> (or <c>:</c>), comments
/// starting with <c>#</c> or <c>!</c>. Errors name the line, never its content: the line may hold the secret.
/// </summary>
internal static class ApiKeyProperties
{
    public const string IdKey = "apiKey.id";
    public const string SecretKey = "apiKey.secret";

    /// <summary>Parses the text of an <c>apiKey.properties</c> file.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The API key id and secret.</returns>
    /// <exception cref="FormatException">A line is not <c>key = value</c>, or a key is missing.</exception>
    public static (string Id, string Secret) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? id = null, secret = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or '!')
            {
                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0)
            {
                throw new FormatException(StormpathClientMessages.ApiKeyFileLineMalformed(i + 1));
            }

            var key = line[..separator].Trim();
            var value = line[(separator + 1)..].Trim();
            if (string.Equals(key, IdKey, StringComparison.Ordinal))
            {
                id = value;
            }
            else if (string.Equals(key, SecretKey, StringComparison.Ordinal))
            {
                secret = value;
            }
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new FormatException(StormpathClientMessages.ApiKeyFileKeyMissing(IdKey));
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new FormatException(StormpathClientMessages.ApiKeyFileKeyMissing(SecretKey));
        }

        return (id, secret);
    }

    /// <summary>Expands a leading <c>~</c> to the user's home folder, as the SDKs' <c>~/.stormpath/apiKey.properties</c>.</summary>
    /// <param name="path">The configured path.</param>
    /// <returns>The path to open.</returns>
    public static string ExpandHome(string path) =>
        path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : string.Empty)
            : path;
}
