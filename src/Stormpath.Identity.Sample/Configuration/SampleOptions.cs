namespace Stormpath.Identity.Sample.Configuration;

/// <summary>The sample's own settings, bound from the <c>Sample</c> configuration section.</summary>
internal sealed class SampleOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Sample";

    /// <summary>Gets or sets the folder for the embedded directory, the SQLite mirror and the email pickup folder,
    /// relative to the content root unless absolute.</summary>
    /// <value>The default value is <c>.data</c>.</value>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Gets or sets where the Stormpath directory runs.</summary>
    public SampleDirectoryOptions Directory { get; set; } = new();

    /// <summary>Gets or sets the database of the local Identity mirror.</summary>
    public SampleMirrorOptions Mirror { get; set; } = new();
}
