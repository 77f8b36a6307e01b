namespace Stormpath.Server.Passwords;

/// <summary>
/// One rule of <see cref="PasswordStrengthSettings"/>.
/// </summary>
internal enum PasswordRequirement
{
    /// <summary><see cref="PasswordStrengthSettings.MinLength"/>.</summary>
    MinLength,

    /// <summary><see cref="PasswordStrengthSettings.MaxLength"/>.</summary>
    MaxLength,

    /// <summary><see cref="PasswordStrengthSettings.MinLowerCase"/>.</summary>
    MinLowerCase,

    /// <summary><see cref="PasswordStrengthSettings.MinUpperCase"/>.</summary>
    MinUpperCase,

    /// <summary><see cref="PasswordStrengthSettings.MinNumeric"/>.</summary>
    MinNumeric,

    /// <summary><see cref="PasswordStrengthSettings.MinSymbol"/>.</summary>
    MinSymbol,

    /// <summary><see cref="PasswordStrengthSettings.MinDiacritic"/>.</summary>
    MinDiacritic,
}
