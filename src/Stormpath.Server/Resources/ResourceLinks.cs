using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Stormpath.Server.Resources;

/// <summary>
/// Builds absolute hrefs from the public origin (configured, or the address actually bound) and parses
/// hrefs received in request bodies (§1.3).
/// </summary>
internal sealed class ResourceLinks(IOptions<StormpathServerOptions> options, IServer server)
{
    private string? _origin;

    /// <summary>The origin every href starts with, without a trailing slash.</summary>
    public string Origin => _origin ??= ResolveOrigin();

    public string Href(params ReadOnlySpan<string> segments) => $"{Origin}/v1/{string.Join('/', segments)}";

    public JsonObject Link(params ReadOnlySpan<string> segments) => new() { ["href"] = Href(segments) };

    /// <summary>
    /// Parses an href of this server into its path segments after <c>/v1/</c>. Hrefs of another origin are
    /// foreign and rejected; relative <c>/v1/…</c> paths are accepted.
    /// </summary>
    public bool TryParseHref(string href, HttpRequest request, out string[] segments)
    {
        segments = [];
        if (!Uri.TryCreate(href, UriKind.RelativeOrAbsolute, out var uri))
        {
            return false;
        }

        string path;
        if (uri.IsAbsoluteUri)
        {
            var origin = uri.GetLeftPart(UriPartial.Authority);
            var requestOrigin = $"{request.Scheme}://{request.Host}";
            if (!string.Equals(origin, Origin, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(origin, requestOrigin, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            path = uri.AbsolutePath;
        }
        else
        {
            path = href.Split('?', 2)[0];
        }

        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            return false;
        }

        segments = path["/v1/".Length..].TrimEnd('/').Split('/');
        return segments.All(s => s.Length > 0);
    }

    private string ResolveOrigin()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl.TrimEnd('/');
        }

        // Not listening (the init command): the address the server will listen on.
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{options.Value.ListenAddress}:{options.Value.Port}";
        return address.TrimEnd('/');
    }
}
