using System.Text.Json;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Resources;

/// <summary>Writes JSON bodies with the media type the Stormpath API uses (§1.2).</summary>
internal static class JsonResponse
{
    public const string ContentType = "application/json;charset=UTF-8";

    private static readonly JsonSerializerOptions SerializerOptions = new() { WriteIndented = false };

    public static async Task WriteAsync(HttpContext httpContext, JsonNode body)
    {
        httpContext.Response.ContentType = ContentType;
        await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
        body.WriteTo(writer, SerializerOptions);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
