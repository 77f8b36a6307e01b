using System.ComponentModel.DataAnnotations;

namespace Stormpath.Server.Passwords;

/// <summary>
/// Options of <see cref="BcryptPasswordHasher"/>.
/// </summary>
internal sealed class PasswordHashingOptions
{
    /// <summary>The smallest work factor bcrypt accepts.</summary>
    public const int MinWorkFactor = 4;

    /// <summary>The largest work factor bcrypt accepts.</summary>
    public const int MaxWorkFactor = 31;

    /// <summary>
    /// Gets or sets the bcrypt work factor (log2 of the rounds) of new hashes. A stored hash with a smaller one
    /// is reported as needing a rehash after the next successful verification.
    /// </summary>
    /// <value>The default value is 10.</value>
    [Range(MinWorkFactor, MaxWorkFactor)]
    public int WorkFactor { get; set; } = 10;
}
