namespace Stormpath.Client;

/// <summary>How requests to Stormpath are authenticated (stormpath-api.md §2).</summary>
public enum StormpathAuthenticationScheme
{
    /// <summary>The SAuthc1 HMAC digest: the secret never leaves the process.</summary>
    SAuthc1 = 0,

    /// <summary>HTTP Basic with the API key id and secret.</summary>
    Basic,
}
