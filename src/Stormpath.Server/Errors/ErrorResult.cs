using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Stormpath.Server.Resources;

namespace Stormpath.Server.Errors;

/// <summary>A Stormpath error response (§6.1), usable in <c>Results&lt;…&gt;</c> unions.</summary>
internal sealed class ErrorResult(StormpathError error) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public StormpathError Error { get; } = error;

    public int? StatusCode => Error.Status;

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, Error);

    public static Task WriteAsync(HttpContext httpContext, StormpathError error)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = new JsonObject
        {
            ["status"] = error.Status,
            ["code"] = error.Code,
            ["message"] = error.Message,
            ["developerMessage"] = error.DeveloperMessage,
            ["moreInfo"] = error.MoreInfo,
            ["requestId"] = httpContext.TraceIdentifier,
        };
        httpContext.Response.StatusCode = error.Status;
        return JsonResponse.WriteAsync(httpContext, body);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(400, typeof(JsonObject), ["application/json"]));
    }
}
