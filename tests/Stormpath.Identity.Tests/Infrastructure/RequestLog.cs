using System.Collections.Concurrent;

namespace Stormpath.Identity.Tests;

/// <summary>Records every request the Stormpath client puts on the wire, and can make the wire fail on purpose.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<string> _requests = new();

    /// <summary>Gets the requests sent since the last <see cref="Clear"/>, as <c>METHOD path</c>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Gets the number of requests sent since the last <see cref="Clear"/>.</summary>
    public int Count => _requests.Count;

    /// <summary>Gets or sets a test of the next requests that fail before they reach the server (the write does not happen).</summary>
    public Func<HttpRequestMessage, bool>? FailBeforeSending { get; set; }

    /// <summary>Gets or sets a test of the next requests whose response is lost after the server handled them (the write happens).</summary>
    public Func<HttpRequestMessage, bool>? LoseResponse { get; set; }

    public void Clear() => _requests.Clear();

    internal void Record(HttpRequestMessage request) => _requests.Enqueue($"{request.Method} {request.RequestUri?.AbsolutePath}");
}

/// <summary>The handler the test adds to the client's pipeline; one instance per pipeline, one shared log.</summary>
internal sealed class RecordingHandler(RequestLog log) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        log.Record(request);
        if (log.FailBeforeSending?.Invoke(request) == true)
        {
            log.FailBeforeSending = null;
            throw new HttpRequestException("Injected: the connection failed before the request was sent.");
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (log.LoseResponse?.Invoke(request) == true)
        {
            log.LoseResponse = null;
            response.Dispose();
            throw new HttpRequestException("Injected: the connection dropped after the server answered.");
        }

        return response;
    }
}
