using System.Globalization;
using System.Text;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Accounts;

/// <summary>
/// Length (2007/2008) and character classes. UNVERIFIED (§6.2): the code for a missing character class;
/// we answer 400/2002 with a message naming the rule, as the Python SDK's local check words it.
/// </summary>
internal sealed class PasswordStrengthChecker : IPasswordStrengthChecker
{
    public StormpathError? Check(string password, DirectoryRecord directory)
    {
        var length = new StringInfo(password).LengthInTextElements;
        if (length < directory.MinLength)
        {
            return new StormpathError(400, 2007, $"Password must be at least {directory.MinLength} characters long.");
        }

        if (length > directory.MaxLength)
        {
            return new StormpathError(400, 2008, $"Password cannot exceed {directory.MaxLength} characters.");
        }

        int lower = 0, upper = 0, digit = 0, symbol = 0, diacritic = 0;
        foreach (var rune in password.EnumerateRunes())
        {
            var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed.Skip(1).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                diacritic++;
            }

            if (Rune.IsLower(rune))
            {
                lower++;
            }
            else if (Rune.IsUpper(rune))
            {
                upper++;
            }
            else if (Rune.IsDigit(rune))
            {
                digit++;
            }
            else if (!Rune.IsWhiteSpace(rune))
            {
                symbol++;
            }
        }

        return Require(lower, directory.MinLowerCase, "lowercase")
            ?? Require(upper, directory.MinUpperCase, "uppercase")
            ?? Require(digit, directory.MinNumeric, "numeric")
            ?? Require(symbol, directory.MinSymbol, "symbol")
            ?? Require(diacritic, directory.MinDiacritic, "diacritic");
    }

    private static StormpathError? Require(int actual, int minimum, string kind) =>
        actual >= minimum ? null : new StormpathError(400, 2002, $"Password requires at least {minimum} {kind} character{(minimum == 1 ? "" : "s")}.");
}
