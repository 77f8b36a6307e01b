using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Stormpath.Server.Errors;

namespace Stormpath.Server.Resources;

/// <summary>Reads a JSON object request body, answering 415/1101 and 400 for what is not one (§1.2).</summary>
internal static class RequestBody
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Reads the body as a JSON object; <see langword="null"/> when the body is empty and <paramref name="allowEmpty"/> is set.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, bool allowEmpty, CancellationToken cancellationToken)
    {
        var hasBody = request.ContentLength is > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);
        if (!hasBody)
        {
            return allowEmpty ? null : throw new StormpathErrorException(ErrorCatalog.BodyRequired());
        }

        if (!IsJson(request.ContentType))
        {
            throw new StormpathErrorException(ErrorCatalog.UnsupportedMediaType(request.ContentType));
        }

        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, documentOptions: DocumentOptions, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new StormpathErrorException(ErrorCatalog.MalformedJson(e.Message));
        }

        return node as JsonObject ?? throw new StormpathErrorException(ErrorCatalog.BodyNotAnObject());
    }

    /// <summary>Reads a body that must be a non-empty JSON object.</summary>
    public static async Task<JsonObject> ReadRequiredObjectAsync(HttpRequest request, CancellationToken cancellationToken) =>
        (await ReadObjectAsync(request, allowEmpty: false, cancellationToken))!;

    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var charset = media.Charset.Value;
        return media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            && (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
