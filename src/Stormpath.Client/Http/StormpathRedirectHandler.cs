using System.Net;
using Microsoft.Extensions.Logging;

namespace Stormpath.Client;

/// <summary>
/// Follows 301, 302, 303, 307 and 308 itself, as Stormpath's SDKs do (stormpath-api.md §11.3): only to the same origin,
/// at most five times, and through the signing handler below it, so every hop is signed for its own URL. The primary
/// handler's automatic redirects are off: they would resend a stale signature, or a Basic credential to another host.
/// </summary>
internal sealed class StormpathRedirectHandler : DelegatingHandler
{
    private const int MaxRedirects = 5;
    private readonly ILogger _logger;

    public StormpathRedirectHandler(ILogger<StormpathRedirectHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var current = request;
        for (var hops = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; hops++)
        {
            var status = response.StatusCode;
            response.Dispose();
            if (hops == MaxRedirects)
            {
                throw new StormpathException(StormpathClientMessages.TooManyRedirects, status);
            }

            var next = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            if (!StormpathHref.IsSameOrigin(current.RequestUri!, next))
            {
                throw new StormpathException(StormpathClientMessages.RedirectToForeignOrigin(status, next), status);
            }

            StormpathClientLog.RedirectFollowed(_logger, current.Method.Method, StormpathHref.Redact(current.RequestUri!), (int)status, StormpathHref.Redact(next));
            current = Redirect(current, next, status);
            response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static HttpRequestMessage Redirect(HttpRequestMessage request, Uri location, HttpStatusCode status)
    {
        // 307/308 repeat the request as it was; the others become a GET when they answered a POST (RFC 9110 §15.4).
        var keepMethod = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect || request.Method == HttpMethod.Get;
        var redirected = new HttpRequestMessage(keepMethod ? request.Method : HttpMethod.Get, location)
        {
            Version = request.Version,
            VersionPolicy = request.VersionPolicy,
            Content = keepMethod ? request.Content : null,
        };
        foreach (var header in request.Headers)
        {
            // The signing handler writes these again for the new URL.
            if (header.Key is "Authorization" or "Host" or StormpathHeaders.Date)
            {
                continue;
            }

            redirected.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return redirected;
    }
}
