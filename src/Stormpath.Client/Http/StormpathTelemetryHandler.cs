using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Stormpath.Client;

/// <summary>
/// Measures and logs every attempt (it sits inside the retry strategy), and reads each response body to the end
/// before the attempt counts as done, so that a body cut short fails the attempt (and is retried where that is safe)
/// and the per-attempt timeout covers the body as well as the headers.
/// </summary>
internal sealed class StormpathTelemetryHandler : DelegatingHandler
{
    private readonly StormpathClientTelemetry _telemetry;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public StormpathTelemetryHandler(StormpathClientTelemetry telemetry, ILogger<StormpathTelemetryHandler> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _telemetry = telemetry;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _timeProvider.GetTimestamp();
        var method = new KeyValuePair<string, object?>(StormpathClientTelemetry.MethodTag, request.Method.Method);
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The headers arrived but the body did not, whole: say so, as an IOException the retry rule knows.
                throw new HttpIOException(HttpRequestError.ResponseEnded, StormpathClientMessages.BodyEnded, e);
            }
        }
        catch (Exception e)
        {
            response?.Dispose();
            var failedAfter = _timeProvider.GetElapsedTime(started);
            var error = new KeyValuePair<string, object?>(StormpathClientTelemetry.ErrorTypeTag, e.GetType().FullName);
            _telemetry.Requests.Add(1, method, error);
            _telemetry.Failures.Add(1, method, error);
            _telemetry.Duration.Record(failedAfter.TotalSeconds, method, error);
            StormpathClientLog.RequestFailed(_logger, e, request.Method.Method, StormpathHref.Redact(request.RequestUri!), failedAfter.TotalMilliseconds);
            throw;
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        var statusCode = (int)response.StatusCode;
        var status = new KeyValuePair<string, object?>(StormpathClientTelemetry.StatusCodeTag, statusCode);
        _telemetry.Requests.Add(1, method, status);
        if (statusCode >= 500 || statusCode == 429)
        {
            _telemetry.Failures.Add(1, method, status);
        }

        _telemetry.Duration.Record(elapsed.TotalSeconds, method, status);
        StormpathClientLog.RequestCompleted(_logger, request.Method.Method, StormpathHref.Redact(request.RequestUri!), statusCode, elapsed.TotalMilliseconds, StormpathResponseReader.RequestId(response));
        Activity.Current?.AddEvent(new ActivityEvent("stormpath.attempt", tags: new ActivityTagsCollection { method, status }));
        return response;
    }
}
