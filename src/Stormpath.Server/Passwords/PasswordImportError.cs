namespace Stormpath.Server.Passwords;

/// <summary>
/// Why a <c>passwordFormat=mcf</c> value cannot be imported (stormpath-api.md §4.2).
/// <see cref="PasswordMessages.ImportError"/> gives the developer message of each.
/// </summary>
internal enum PasswordImportError
{
    /// <summary>The hash can be imported.</summary>
    None = 0,

    /// <summary>The value is empty.</summary>
    Empty,

    /// <summary>The value is not a Modular Crypt Format string of a supported scheme.</summary>
    UnsupportedScheme,

    /// <summary>The value is <c>$2x$</c> or <c>$2$</c>, bcrypt variants with known defects.</summary>
    UnsupportedBcryptVariant,

    /// <summary>The value starts like bcrypt but is not <c>$2?$NN$</c> with 53 bcrypt-base64 characters.</summary>
    MalformedBcrypt,

    /// <summary>The value starts with <c>$stormpath2$</c> but is not <c>$stormpath2$ALG$ITERATIONS$SALT$HASH</c>.</summary>
    MalformedStormpath2,

    /// <summary>The <c>$stormpath2$</c> algorithm is not MD5, SHA-1, SHA-256, SHA-384 or SHA-512.</summary>
    UnsupportedStormpath2Algorithm,

    /// <summary>The <c>$stormpath2$</c> iteration count is not between 1 and the supported maximum.</summary>
    Stormpath2IterationsOutOfRange,
}
