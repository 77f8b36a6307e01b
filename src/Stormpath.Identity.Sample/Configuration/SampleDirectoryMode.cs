namespace Stormpath.Identity.Sample.Configuration;

/// <summary>Where the Stormpath directory runs.</summary>
internal enum SampleDirectoryMode
{
    /// <summary>Stormpath.Server runs in-process on a loopback port, on SQLite in the data folder, provisioned on first start.</summary>
    Embedded,

    /// <summary>The directory the <c>Stormpath</c> configuration section names (base URL, API key, application href).</summary>
    External,
}
