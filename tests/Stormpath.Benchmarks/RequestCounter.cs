namespace Stormpath.Benchmarks;

/// <summary>Counts the HTTP requests the Stormpath client sends, so a benchmark can report requests per operation.</summary>
internal sealed class RequestCounter
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
