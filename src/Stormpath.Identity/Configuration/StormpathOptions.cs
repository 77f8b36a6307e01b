using System.ComponentModel.DataAnnotations;

namespace Stormpath.Identity;

/// <summary>
/// Settings of the Stormpath Identity stores, bound from the <c>Stormpath</c> configuration section and the
/// <c>STORMPATH_APPLICATION_HREF</c> environment variable, and validated when the application starts.
/// </summary>
/// <remarks>The client settings (base URL, API key) live in <c>Stormpath:Client</c>; see <c>StormpathClientOptions</c>.</remarks>
public sealed class StormpathOptions
{
    /// <summary>The name of the configuration section the options bind from.</summary>
    public const string SectionName = "Stormpath";

    /// <summary>Gets or sets the absolute href of the Stormpath application whose account stores hold the users.</summary>
    /// <value>The default value is <see langword="null"/>; it must be set.</value>
    [Required]
    public Uri? ApplicationHref { get; set; }

    /// <summary>
    /// Gets or sets how long a mirrored user counts as current. A sign-in whose account has not changed
    /// (<c>modifiedAt</c>) within this time costs one request; after it the custom data and groups are read again.
    /// </summary>
    /// <value>The default value is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MirrorMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
