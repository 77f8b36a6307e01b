using System.Net;
using System.Text.Json;

namespace Stormpath.Client;

/// <summary>
/// Reads response bodies: the expected resource on success, the Stormpath error body (stormpath-api.md §6.1) on
/// failure. A body that is empty, cut short or not the expected JSON becomes a <see cref="StormpathException"/> that
/// says so, never a raw <see cref="JsonException"/>.
/// </summary>
internal static class StormpathResponseReader
{
    /// <summary>The header every Stormpath response carries (stormpath-api.md §1.2).</summary>
    public const string RequestIdHeader = "Stormpath-Request-Id";

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
        where T : class
    {
        var length = response.Content.Headers.ContentLength ?? -1;
        if (length == 0)
        {
            throw new StormpathException(StormpathClientMessages.EmptyBody(operation, response.StatusCode), response.StatusCode);
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<T>(stream, StormpathJson.Options, cancellationToken).ConfigureAwait(false)
                    ?? throw new StormpathException(StormpathClientMessages.EmptyBody(operation, response.StatusCode), response.StatusCode);
            }
        }
        catch (JsonException e)
        {
            throw new StormpathException(
                StormpathClientMessages.UnreadableBody(operation, response.StatusCode, MediaType(response), length),
                response.StatusCode,
                e);
        }
        catch (IOException e)
        {
            throw new StormpathException(StormpathClientMessages.TruncatedBody(operation), response.StatusCode, e);
        }
    }

    public static async Task<StormpathException> ReadErrorAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var headerRequestId = RequestId(response);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return new StormpathException(StormpathClientMessages.TruncatedBody(operation), response.StatusCode, e);
        }

        var error = TryParseError(body);
        if (error is null)
        {
            return new StormpathException(
                StormpathClientMessages.UnreadableError(operation, response.StatusCode, MediaType(response), body.Length),
                response.StatusCode);
        }

        return new StormpathException(new StormpathError
        {
            Status = error.Status == 0 ? (int)response.StatusCode : error.Status,
            Code = error.Code == 0 ? (int)response.StatusCode : error.Code,
            Message = error.Message,
            DeveloperMessage = error.DeveloperMessage,
            MoreInfo = error.MoreInfo,
            RequestId = error.RequestId ?? headerRequestId,
        });
    }

    /// <summary>Parses a Stormpath error body; <see langword="null"/> when the bytes are not one.</summary>
    /// <param name="body">The response body.</param>
    /// <returns>The error, or <see langword="null"/>.</returns>
    public static StormpathError? TryParseError(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var error = JsonSerializer.Deserialize<StormpathError>(body, StormpathJson.Options);
            return error is null || (error.Status == 0 && error.Code == 0 && error.Message is null && error.DeveloperMessage is null)
                ? null
                : error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RequestIdHeader, out var values) ? values.FirstOrDefault() : null;

    private static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static bool IsNotFound(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.NotFound;
}
