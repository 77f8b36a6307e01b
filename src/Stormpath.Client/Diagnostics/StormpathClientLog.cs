using Microsoft.Extensions.Logging;

namespace Stormpath.Client;

/// <summary>
/// The client's log events. The ids are stable: dashboards and alerts may key on them. No event carries a secret,
/// a password, a token or a query string; paths are redacted with <see cref="StormpathHref.Redact"/>.
/// </summary>
internal static partial class StormpathClientLog
{
    [LoggerMessage(EventId = 1001, EventName = "RequestCompleted", Level = LogLevel.Debug,
        Message = "Stormpath {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms (request {RequestId}).")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds, string? requestId);

    [LoggerMessage(EventId = 1002, EventName = "RequestFailed", Level = LogLevel.Warning,
        Message = "Stormpath {Method} {Path} failed after {ElapsedMilliseconds} ms without a complete response.")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path, double elapsedMilliseconds);

    [LoggerMessage(EventId = 1003, EventName = "ErrorResponse", Level = LogLevel.Information,
        Message = "Stormpath {Operation} answered HTTP {StatusCode}, error {Code}: {DeveloperMessage} (request {RequestId}).")]
    public static partial void ErrorResponse(ILogger logger, string operation, int statusCode, int code, string? developerMessage, string? requestId);

    [LoggerMessage(EventId = 1004, EventName = "RedirectFollowed", Level = LogLevel.Debug,
        Message = "Stormpath {Method} {Path} redirected ({StatusCode}) to {Location}; following and signing again.")]
    public static partial void RedirectFollowed(ILogger logger, string method, string path, int statusCode, string location);

    [LoggerMessage(EventId = 1005, EventName = "RetryScheduled", Level = LogLevel.Information,
        Message = "Stormpath {Method} {Path} will be retried in {DelayMilliseconds} ms (attempt {Attempt} of the retries), after {Outcome}.")]
    public static partial void RetryScheduled(ILogger logger, string method, string path, double delayMilliseconds, int attempt, string outcome);

    [LoggerMessage(EventId = 1006, EventName = "CreateOutcomeUnknown", Level = LogLevel.Warning,
        Message = "Stormpath {Operation} lost its response (attempt {Attempt}); looking the account up before deciding to retry.")]
    public static partial void CreateOutcomeUnknown(ILogger logger, Exception exception, string operation, int attempt);

    [LoggerMessage(EventId = 1007, EventName = "CreateRecovered", Level = LogLevel.Information,
        Message = "Stormpath {Operation}: the account exists after an attempt whose response was lost; using it instead of creating it again.")]
    public static partial void CreateRecovered(ILogger logger, string operation);

    [LoggerMessage(EventId = 1008, EventName = "CircuitOpened", Level = LogLevel.Warning,
        Message = "Stormpath calls are paused for {BreakSeconds} s: too many recent calls failed.")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds);

    [LoggerMessage(EventId = 1009, EventName = "CircuitClosed", Level = LogLevel.Information,
        Message = "Stormpath calls are flowing again.")]
    public static partial void CircuitClosed(ILogger logger);
}
