namespace Stormpath.Client;

/// <summary>The header names the client writes besides the standard ones (stormpath-api.md §1.2, §2.2).</summary>
internal static class StormpathHeaders
{
    public const string Date = "X-Stormpath-Date";
}
