namespace Stormpath.Identity.Sample.Configuration;

/// <summary>Where the Stormpath directory runs (<c>Sample:Directory</c>).</summary>
internal sealed class SampleDirectoryOptions
{
    /// <summary>Gets or sets whether the sample starts Stormpath.Server in-process or uses the one the
    /// <c>Stormpath</c> section points at.</summary>
    /// <value>The default value is <see cref="SampleDirectoryMode.Embedded"/>.</value>
    public SampleDirectoryMode Mode { get; set; } = SampleDirectoryMode.Embedded;
}
