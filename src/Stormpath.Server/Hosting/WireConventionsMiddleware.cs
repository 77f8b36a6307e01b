using System.Diagnostics;
using Stormpath.Server.Resources;

namespace Stormpath.Server.Hosting;

/// <summary>
/// Gives every response a <c>Stormpath-Request-Id</c> (also the request's trace identifier and log scope),
/// the Stormpath JSON media type, and one structured log line. Headers are never logged: they carry
/// credentials.
/// </summary>
internal sealed class WireConventionsMiddleware(RequestDelegate next, ILogger<WireConventionsMiddleware> logger)
{
    public const string RequestIdHeader = "Stormpath-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        context.TraceIdentifier = requestId;
        context.Response.Headers[RequestIdHeader] = requestId;
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (response.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                response.ContentType = JsonResponse.ContentType;
            }

            return Task.CompletedTask;
        }, context.Response);

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation(
                "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms",
                context.Request.Method,
                context.Request.Path.Value,
                context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
