using Microsoft.AspNetCore.Http.Features;

namespace Stormpath.Server.Auth;

/// <summary>
/// A request as the server received it, in the raw form API-key verification needs.
/// </summary>
internal sealed class ReceivedRequest
{
    private readonly Func<string, string?> _headers;

    /// <summary>
    /// Initializes a new instance of the <see cref="ReceivedRequest"/> class.
    /// </summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="rawPath">The path exactly as received (still percent-escaped), without query.</param>
    /// <param name="rawQuery">The query exactly as received, with or without <c>?</c>; may be null.</param>
    /// <param name="headers">Looks a header up by name, case-insensitively; repeated values joined with <c>,</c>; null when absent.</param>
    /// <param name="body">The exact body bytes (empty when there is none).</param>
    public ReceivedRequest(string method, string rawPath, string? rawQuery, Func<string, string?> headers, ReadOnlyMemory<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(headers);
        Method = method;
        RawPath = rawPath;
        RawQuery = rawQuery;
        _headers = headers;
        Body = body;
    }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path exactly as received, without query.</summary>
    public string RawPath { get; }

    /// <summary>Gets the query exactly as received, or null.</summary>
    public string? RawQuery { get; }

    /// <summary>Gets the exact body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Takes the raw request line of an ASP.NET Core request (<see cref="IHttpRequestFeature.RawTarget"/>, not the
    /// decoded <see cref="HttpRequest.Path"/>): SAuthc1 signs the path as it travelled (stormpath-api.md §2.2,
    /// verifier step 4), so a reverse proxy in front must keep path and Host unchanged.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="body">The exact body bytes, read (buffered) by the caller.</param>
    /// <returns>The received request.</returns>
    public static ReceivedRequest FromHttpRequest(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rawTarget = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        string path;
        string? query;
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/')
        {
            // No origin-form request line (a test server, or absolute-form through a proxy): fall back to the
            // re-escaped parsed values, which equal the wire form for Stormpath's unreserved-only paths.
            path = request.PathBase.Add(request.Path).ToUriComponent();
            query = request.QueryString.Value;
        }
        else
        {
            var questionMark = rawTarget.IndexOf('?', StringComparison.Ordinal);
            path = questionMark < 0 ? rawTarget : rawTarget[..questionMark];
            query = questionMark < 0 ? null : rawTarget[questionMark..];
        }

        var headers = request.Headers;
        return new ReceivedRequest(
            request.Method,
            path,
            query,
            name => headers.TryGetValue(name, out var values) ? values.ToString() : null,
            body);
    }

    /// <summary>Looks a header up by name.</summary>
    /// <param name="name">The header name, any case.</param>
    /// <returns>The value (repeated values joined with <c>,</c>), or null when absent.</returns>
    public string? GetHeader(string name) => _headers(name);
}
