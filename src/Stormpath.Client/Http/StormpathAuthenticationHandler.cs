using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Client;

/// <summary>
/// Authenticates every request with the tenant API key: SAuthc1 by default, HTTP Basic when configured
/// (stormpath-api.md §2). It runs on every attempt and every redirect hop, so each one carries a fresh date, nonce
/// and signature for its own URL.
/// </summary>
/// <remarks>
/// <para>This is the innermost handler: only the primary <see cref="SocketsHttpHandler"/> runs after it, and that does
/// not change the URL, the <c>Host</c> header (set here explicitly), the body or <c>Content-Type</c>. What is signed is
/// therefore exactly what goes on the wire, so besides the mandatory <c>host;x-stormpath-date</c> the signature also
/// covers <c>content-type</c> when there is a body. Headers the transport adds later (<c>Content-Length</c>,
/// <c>Connection</c>, <c>Accept-Encoding</c>) are not signed, like in every SDK.</para>
/// <para>The body is buffered before it is hashed; the buffered bytes are the ones that are sent.</para>
/// </remarks>
internal sealed class StormpathAuthenticationHandler : DelegatingHandler
{
    private readonly IOptionsMonitor<StormpathClientOptions> _options;
    private readonly TimeProvider _timeProvider;

    public StormpathAuthenticationHandler(IOptionsMonitor<StormpathClientOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SignAndSendAsync(request, cancellationToken).ConfigureAwait(false);

        // SocketsHttpHandler replays a request by itself when its connection closes before any response byte
        // arrives, with the same bytes, so the same SAuthc1 nonce. A server that rejects replayed nonces then answers
        // 401 although the key is good. An idempotent request is signed afresh and sent once more; a POST is left
        // alone, because the server may have acted on the first copy.
        if (response.StatusCode == HttpStatusCode.Unauthorized
            && _options.CurrentValue.AuthenticationScheme == StormpathAuthenticationScheme.SAuthc1
            && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Delete || request.Method == HttpMethod.Head))
        {
            response.Dispose();
            response = await SignAndSendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private async Task<HttpResponseMessage> SignAndSendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options.CurrentValue;
        var uri = request.RequestUri ?? throw new InvalidOperationException(StormpathClientMessages.RequestWithoutUri);
        request.Headers.Remove(StormpathHeaders.Date);
        request.Headers.Authorization = null;

        var now = _timeProvider.GetUtcNow();
        var timestamp = SAuthc1Crypto.FormatTimestamp(now);
        var host = SAuthc1Signer.HostHeaderValue(uri);
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation(StormpathHeaders.Date, timestamp);

        if (options.AuthenticationScheme == StormpathAuthenticationScheme.Basic)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(options.ApiKeyId + ":" + options.ApiKeySecret));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var headers = new List<KeyValuePair<string, string>>(3)
        {
            new(SAuthc1Constants.HostHeader, host),
            new(SAuthc1Constants.DateHeader, timestamp),
        };
        var bodyHash = SAuthc1Constants.EmptyBodySha256;
        if (request.Content is { } content)
        {
            var body = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            bodyHash = SAuthc1Crypto.BodyHash(body);
            if (content.Headers.ContentType is { } contentType)
            {
                headers.Add(new("content-type", contentType.ToString()));
            }
        }

        var header = SAuthc1Signer.Sign(
            request.Method.Method,
            uri.AbsolutePath,
            uri.Query,
            headers,
            bodyHash,
            options.ApiKeyId!,
            options.ApiKeySecret!,
            now,
            Guid.NewGuid().ToString("D"));
        request.Headers.Authorization = new AuthenticationHeaderValue(SAuthc1Constants.Scheme, header.Parameter);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
