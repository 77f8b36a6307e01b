namespace Stormpath.Server.Passwords;

/// <summary>
/// A directory's password strength policy (stormpath-api.md §3.10), with Stormpath's defaults. Map it from
/// the directory's stored policy; <c>preventReuse</c> is checked against the password history, not here.
/// </summary>
/// <param name="MinLength">The fewest characters.</param>
/// <param name="MaxLength">The most characters.</param>
/// <param name="MinLowerCase">The fewest lower-case letters.</param>
/// <param name="MinUpperCase">The fewest upper-case letters.</param>
/// <param name="MinNumeric">The fewest digits.</param>
/// <param name="MinSymbol">The fewest symbols (anything not a letter, digit or control character; a space counts).</param>
/// <param name="MinDiacritic">The fewest letters with a diacritical mark (é, ü, ñ, …).</param>
internal sealed record PasswordStrengthSettings(
    int MinLength = 8,
    int MaxLength = 100,
    int MinLowerCase = 1,
    int MinUpperCase = 1,
    int MinNumeric = 1,
    int MinSymbol = 0,
    int MinDiacritic = 0)
{
    /// <summary>Gets Stormpath's default policy.</summary>
    public static PasswordStrengthSettings Default { get; } = new();
}
