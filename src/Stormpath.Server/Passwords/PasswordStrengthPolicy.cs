using System.Globalization;
using System.Text;

namespace Stormpath.Server.Passwords;

/// <summary>
/// Checks a password against a <see cref="PasswordStrengthSettings"/>.
/// </summary>
/// <remarks>
/// <para>
/// Characters are counted as user-perceived characters (extended grapheme clusters, <see cref="StringInfo"/>
/// text elements), not UTF-16 code units: "é" counts once whether typed precomposed or as <c>e</c> plus a
/// combining accent, and an emoji counts once although it takes two code units. Each character is classified
/// by its first code point (<c>É</c> is upper case, <c>٣</c> is numeric) and is a diacritic when its canonical
/// decomposition carries a combining mark.
/// </para>
/// <para>
/// Codes: 2007 (below minimum length) and 2008 (above maximum length) as the hosted service answered
/// (stormpath-api.md §6.2). For a missing character class the hosted code is not known (§14.5); we answer
/// 2002 ("invalid value") rather than reuse 2007, because clients read 2007 as "too short" and would tell the
/// user the wrong thing.
/// </para>
/// </remarks>
internal static class PasswordStrengthPolicy
{
    /// <summary>The code of a password with too few characters.</summary>
    public const int TooShortCode = 2007;

    /// <summary>The code of a password with too many characters.</summary>
    public const int TooLongCode = 2008;

    /// <summary>The code of a password that lacks characters of a required class.</summary>
    public const int CharacterClassCode = 2002;

    /// <summary>
    /// Lists every rule the password breaks, in the order of <see cref="PasswordRequirement"/>; the first one is
    /// the one to answer with.
    /// </summary>
    /// <param name="password">The plaintext password.</param>
    /// <param name="settings">The directory's policy.</param>
    /// <returns>The violations; empty when the password is acceptable.</returns>
    public static IReadOnlyList<PasswordPolicyViolation> Evaluate(string password, PasswordStrengthSettings settings)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(settings);

        var counts = Count(password);
        var violations = new List<PasswordPolicyViolation>();
        if (counts.Length < settings.MinLength)
        {
            violations.Add(new(PasswordRequirement.MinLength, TooShortCode, settings.MinLength, PasswordMessages.TooShort(settings.MinLength)));
        }

        if (counts.Length > settings.MaxLength)
        {
            violations.Add(new(PasswordRequirement.MaxLength, TooLongCode, settings.MaxLength, PasswordMessages.TooLong(settings.MaxLength)));
        }

        AddIfMissing(violations, PasswordRequirement.MinLowerCase, counts.LowerCase, settings.MinLowerCase);
        AddIfMissing(violations, PasswordRequirement.MinUpperCase, counts.UpperCase, settings.MinUpperCase);
        AddIfMissing(violations, PasswordRequirement.MinNumeric, counts.Numeric, settings.MinNumeric);
        AddIfMissing(violations, PasswordRequirement.MinSymbol, counts.Symbol, settings.MinSymbol);
        AddIfMissing(violations, PasswordRequirement.MinDiacritic, counts.Diacritic, settings.MinDiacritic);
        return violations;
    }

    /// <summary>Counts the characters of a password as the policy does.</summary>
    /// <param name="password">The plaintext password.</param>
    /// <returns>The length in text elements.</returns>
    public static int Length(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return new StringInfo(password).LengthInTextElements;
    }

    private static void AddIfMissing(List<PasswordPolicyViolation> violations, PasswordRequirement requirement, int actual, int required)
    {
        if (actual < required)
        {
            violations.Add(new(requirement, CharacterClassCode, required, PasswordMessages.MissingCharacters(requirement, required)));
        }
    }

    private static CharacterCounts Count(string password)
    {
        var counts = new CharacterCounts();
        var elements = StringInfo.GetTextElementEnumerator(password);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            counts.Length++;
            if (Rune.DecodeFromUtf16(element, out var first, out _) != System.Buffers.OperationStatus.Done)
            {
                // A lone surrogate: a character, but of no class.
                continue;
            }

            switch (Rune.GetUnicodeCategory(first))
            {
                case UnicodeCategory.LowercaseLetter:
                    counts.LowerCase++;
                    break;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                    counts.UpperCase++;
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    counts.Numeric++;
                    break;
                case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                    or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                    or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                    or UnicodeCategory.OtherSymbol or UnicodeCategory.SpaceSeparator:
                    counts.Symbol++;
                    break;
            }

            if (Rune.IsLetter(first) && HasCombiningMark(element))
            {
                counts.Diacritic++;
            }
        }

        return counts;
    }

    private static bool HasCombiningMark(string element)
    {
        var decomposed = element.IsNormalized(NormalizationForm.FormD) ? element : element.Normalize(NormalizationForm.FormD);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class CharacterCounts
    {
        public int Length { get; set; }

        public int LowerCase { get; set; }

        public int UpperCase { get; set; }

        public int Numeric { get; set; }

        public int Symbol { get; set; }

        public int Diacritic { get; set; }
    }
}
