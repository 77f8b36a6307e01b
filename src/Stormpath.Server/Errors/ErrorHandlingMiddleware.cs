using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;

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
            if (!TextRules.IsStorable(context.Request.Path.Value) || !TextRules.IsStorable(Uri.UnescapeDataString(context.Request.QueryString.Value ?? "")))
            {
                await ErrorResult.WriteAsync(context, ErrorCatalog.BadEncoding("The request path or query"));
                return;
            }

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
        catch (DbUpdateConcurrencyException) when (!context.Response.HasStarted)
        {
            // The row was deleted (or changed) by a parallel request between our read and our write.
            await ErrorResult.WriteAsync(context, ErrorCatalog.NotFound());
        }
        catch (DbUpdateException e) when (!context.Response.HasStarted)
        {
            // Constraints that endpoints do not map themselves: a parallel request got there first.
            logger.LogInformation(e, "Database constraint refused {Method} {Path}", context.Request.Method, context.Request.Path.Value);
            await ErrorResult.WriteAsync(context, DatabaseErrors.IsUniqueViolation(e, out _) ? ErrorCatalog.Duplicate("Resource", "value") : ErrorCatalog.ConcurrentChange());
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
