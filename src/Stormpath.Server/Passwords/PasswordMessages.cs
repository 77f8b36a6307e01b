using System.Globalization;

namespace Stormpath.Server.Passwords;

/// <summary>
/// Every text of the password parts, in one place. End-user messages never contain the password.
/// </summary>
internal static class PasswordMessages
{
    /// <summary>The end-user message of a password shorter than the policy allows (2007).</summary>
    /// <param name="minLength">The minimum length.</param>
    /// <returns>The message.</returns>
    public static string TooShort(int minLength) =>
        string.Create(CultureInfo.InvariantCulture, $"Password requires at least {Characters(minLength)}.");

    /// <summary>The end-user message of a password longer than the policy allows (2008).</summary>
    /// <param name="maxLength">The maximum length.</param>
    /// <returns>The message.</returns>
    public static string TooLong(int maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"Password cannot exceed {Characters(maxLength)}.");

    /// <summary>The end-user message of a password lacking characters of a class (2002).</summary>
    /// <param name="requirement">The class rule.</param>
    /// <param name="required">How many are required.</param>
    /// <returns>The message.</returns>
    public static string MissingCharacters(PasswordRequirement requirement, int required)
    {
        var kind = requirement switch
        {
            PasswordRequirement.MinLowerCase => "lowercase",
            PasswordRequirement.MinUpperCase => "uppercase",
            PasswordRequirement.MinNumeric => "numeric",
            PasswordRequirement.MinSymbol => "symbol",
            PasswordRequirement.MinDiacritic => "diacritic",
            _ => throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "Not a character-class requirement."),
        };
        return string.Create(CultureInfo.InvariantCulture, $"Password requires at least {required} {kind} {(required == 1 ? "character" : "characters")}.");
    }

    /// <summary>The developer message of an <c>passwordFormat=mcf</c> value that cannot be imported.</summary>
    /// <param name="error">The reason.</param>
    /// <returns>The message (it never repeats the hash).</returns>
    public static string ImportError(PasswordImportError error) => error switch
    {
        PasswordImportError.Empty => "With passwordFormat=mcf the password must be a Modular Crypt Format hash; it is empty.",
        PasswordImportError.UnsupportedScheme =>
            "With passwordFormat=mcf the password must be a bcrypt hash ($2a$, $2b$ or $2y$) or a $stormpath2$ hash.",
        PasswordImportError.UnsupportedBcryptVariant =>
            "bcrypt hashes of the $2x$ and $2$ variants cannot be verified faithfully; re-hash as $2b$ or reset the passwords.",
        PasswordImportError.MalformedBcrypt =>
            "The bcrypt hash is malformed: expected $2a$, $2b$ or $2y$, a two-digit cost 04-31, '$', then 53 bcrypt-base64 characters.",
        PasswordImportError.MalformedStormpath2 =>
            "The $stormpath2$ hash is malformed: expected $stormpath2$ALGORITHM$ITERATIONS$BASE64_SALT$BASE64_HASH with a hash of the algorithm's length.",
        PasswordImportError.UnsupportedStormpath2Algorithm =>
            "The $stormpath2$ algorithm must be MD5, SHA-1, SHA-256, SHA-384 or SHA-512.",
        PasswordImportError.Stormpath2IterationsOutOfRange =>
            string.Create(CultureInfo.InvariantCulture, $"The $stormpath2$ iteration count must be between 1 and {ImportedHashFormats.MaxStormpath2Iterations}."),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Not an import error."),
    };

    /// <summary>The configuration error of a work factor bcrypt does not accept.</summary>
    /// <param name="workFactor">The configured value.</param>
    /// <returns>The message.</returns>
    public static string WorkFactorOutOfRange(int workFactor) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"The bcrypt work factor {workFactor} is outside {PasswordHashingOptions.MinWorkFactor}-{PasswordHashingOptions.MaxWorkFactor}; set PasswordHashingOptions.WorkFactor to a value in that range, 10 or more in production (each step doubles the cost).");

    private static string Characters(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "character" : "characters")}");
}
