namespace Stormpath.Server.Resources;

/// <summary>
/// Text both databases can store: no NUL (PostgreSQL refuses it in text columns and parameters) and no
/// unpaired UTF-16 surrogate (it cannot be encoded as UTF-8). Input that breaks this answers 400/2005, not 500.
/// </summary>
internal static class TextRules
{
    public static bool IsStorable(string? text)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
