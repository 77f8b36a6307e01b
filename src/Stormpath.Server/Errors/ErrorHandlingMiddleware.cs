using System.Text.Json;

namespace Stormpath.Server.Errors;

/// <summary>
/// Turns everything that escapes an endpoint into a Stormpath error body: <see cref="StormpathErrorException"/>
/// as itself, oversized or malformed requests as 4xx, anything else as a logged 500.
/// </summary>
internal sealed class ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (StormpathErrorException e) when (!context.Response.HasStarted)
        {
            await ErrorResult.WriteAsync(context, e.Error);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var error = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ErrorCatalog.PayloadTooLarge(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0)
                : ErrorCatalog.BadRequest(e.Message);
            await ErrorResult.WriteAsync(context, error);
        }
        catch (JsonException e) when (!context.Response.HasStarted)
        {
            await ErrorResult.WriteAsync(context, ErrorCatalog.MalformedJson(e.Message));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            logger.LogError(e, "Unhandled error while serving {Method} {Path}", context.Request.Method, context.Request.Path);
            await ErrorResult.WriteAsync(context, ErrorCatalog.Internal());
        }
    }
}
