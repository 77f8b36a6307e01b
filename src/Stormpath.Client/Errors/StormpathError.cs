using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The error body every Stormpath error response carries (stormpath-api.md §6.1).</summary>
public sealed class StormpathError
{
    /// <summary>Gets the HTTP status.</summary>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>Gets the Stormpath error code, e.g. 2001 for a duplicate or 7100 for a failed sign-in.</summary>
    [JsonPropertyName("code")]
    public int Code { get; init; }

    /// <summary>Gets the message that is safe to show to an end user.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the technical explanation meant for developers.</summary>
    [JsonPropertyName("developerMessage")]
    public string? DeveloperMessage { get; init; }

    /// <summary>Gets a link to more information about the error.</summary>
    [JsonPropertyName("moreInfo")]
    public string? MoreInfo { get; init; }

    /// <summary>Gets the id of the request, also sent as the <c>Stormpath-Request-Id</c> header.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; init; }
}
