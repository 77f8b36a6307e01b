using System.Runtime.InteropServices;

namespace Stormpath.Client;

/// <summary>
/// The <c>User-Agent</c> the client sends (stormpath-api.md §11.4):
/// <c>stormpath-identity-dotnet/{version} dotnet/{runtime} {os}/{version}</c>. Built once.
/// </summary>
internal static class StormpathUserAgent
{
    public const string Product = "stormpath-identity-dotnet";

    public static string Value { get; } =
        $"{Product}/{StormpathClientTelemetry.Version} dotnet/{Environment.Version} {OperatingSystemName()}/{Environment.OSVersion.Version}";

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux"
        : OperatingSystem.IsWindows() ? "windows"
        : OperatingSystem.IsMacOS() ? "macos"
        : OperatingSystem.IsFreeBSD() ? "freebsd"
        : RuntimeInformation.OSDescription.Split(' ', 2)[0].ToLowerInvariant();
}
