using System.ComponentModel.DataAnnotations;

namespace Stormpath.Server.Auth;

/// <summary>
/// Options of <see cref="SAuthc1Verifier"/>.
/// </summary>
internal sealed class SAuthc1VerifierOptions
{
    /// <summary>
    /// Gets or sets how far <c>X-Stormpath-Date</c> may be from the server's clock, in either direction.
    /// The nonce ledger must keep each nonce this long after its timestamp.
    /// </summary>
    /// <value>The default value is 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(15);
}
