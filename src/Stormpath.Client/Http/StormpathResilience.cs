using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Stormpath.Client;

/// <summary>
/// The resilience pipeline around every request (outermost first): a total timeout, retries with exponential
/// backoff and jitter, a circuit breaker, and a per-attempt timeout. Which requests are retried is the one rule of
/// <see cref="ShouldRetry"/>: an idempotent request (GET, DELETE) after a transient failure, any request after an
/// answer proving the server did not act (429, 503). A POST that timed out or lost its connection is never retried
/// here; account create proves the outcome itself (see <c>StormpathClient.CreateAccount.cs</c>).
/// </summary>
internal static class StormpathResilience
{
    public const string PipelineName = "stormpath";

    /// <summary>The first retry waits about this long, doubling each time (the SDKs' 2^n × 300 ms, stormpath-api.md §11.2).</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest a retry waits, as in the SDKs; a <c>Retry-After</c> asking for longer ends the retries.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, StormpathClientOptions options, ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    StormpathClientLog.RetryScheduled(
                        logger,
                        request?.Method.Method ?? "?",
                        request?.RequestUri is { } uri ? StormpathHref.Redact(uri) : "?",
                        args.RetryDelay.TotalMilliseconds,
                        args.AttemptNumber + 1,
                        args.Outcome.Exception?.GetType().Name ?? "HTTP " + ((int?)args.Outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            Name = "circuit-breaker",
            FailureRatio = 0.5,
            MinimumThroughput = 20,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(5),
            OnOpened = args =>
            {
                StormpathClientLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                return default;
            },
            OnClosed = _ =>
            {
                StormpathClientLog.CircuitClosed(logger);
                return default;
            },
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.Timeout });
    }

    /// <summary>Decides whether an attempt's outcome is retried.</summary>
    /// <param name="outcome">The response or exception of the attempt.</param>
    /// <param name="method">The request's method.</param>
    /// <param name="timeProvider">The clock, for <c>Retry-After</c> dates.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, TimeProvider timeProvider)
    {
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Delete || method == HttpMethod.Head;
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                // The server refused to act: safe for every method, unless it asks us to wait longer than we would.
                HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable =>
                    RetryAfter(response, timeProvider) is not { } wait || wait <= MaxDelay,
                HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => idempotent,
                _ => false,
            };
        }

        // A timeout or a lost connection: the server may have acted, so only an idempotent request is repeated.
        return idempotent && outcome.Exception is TimeoutRejectedException or HttpRequestException or IOException;
    }

    /// <summary>Reads <c>Retry-After</c> (seconds or an HTTP date); <see langword="null"/> when there is none.</summary>
    /// <param name="response">The response, if any.</param>
    /// <param name="timeProvider">The clock, for dates.</param>
    /// <returns>How long the server asked to wait.</returns>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
