using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Stormpath.Identity.Sample.Hosting;

/// <summary>
/// The one address the app listens on, known before the app starts: the directory's emails link to the app's own
/// pages, so the embedded server must be told the app's URL before either starts.
/// </summary>
internal static partial class ListenAddress
{
    /// <summary>The address used when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> names one.</summary>
    public const string Default = "http://localhost:5080";

    /// <summary>Picks the first configured URL and replaces a port of 0 with a free loopback port.</summary>
    /// <param name="configuredUrls">The <c>urls</c> setting, semicolon-separated, or <see langword="null"/>.</param>
    /// <returns>The URL for Kestrel, and the base URL a browser on this machine opens.</returns>
    public static (string Listen, Uri Browse) Resolve(string? configuredUrls)
    {
        var listen = (configuredUrls ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? Default;

        // Kestrel's wildcard hosts are not valid in a Uri; a browser on this machine reaches them as localhost.
        var browse = new UriBuilder(WildcardHost().Replace(listen, "://localhost")) { Path = "/" };
        if (browse.Host is "0.0.0.0" or "[::]")
        {
            browse.Host = "localhost";
        }

        if (browse.Port == 0)
        {
            var port = FreeLoopbackPort();
            listen = PortZero().Replace(listen, $":{port}");
            browse.Port = port;
        }

        return (listen, browse.Uri);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"://[*+]")]
    private static partial Regex WildcardHost();

    [GeneratedRegex(@":0(?=/|$)")]
    private static partial Regex PortZero();
}
