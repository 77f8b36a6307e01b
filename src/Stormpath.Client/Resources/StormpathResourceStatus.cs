namespace Stormpath.Client;

/// <summary>The status of an application, directory or group.</summary>
public enum StormpathResourceStatus
{
    /// <summary>A value this library does not know; treat it as not usable.</summary>
    Unknown = 0,

    /// <summary>The resource is in use (<c>ENABLED</c>).</summary>
    Enabled,

    /// <summary>The resource is switched off (<c>DISABLED</c>).</summary>
    Disabled,
}
