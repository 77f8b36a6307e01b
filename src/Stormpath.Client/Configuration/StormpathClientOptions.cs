using System.ComponentModel.DataAnnotations;

namespace Stormpath.Client;

/// <summary>
/// Settings of the Stormpath client, bound from the <c>Stormpath:Client</c> configuration section, the environment
/// variables Stormpath's SDKs used (<c>STORMPATH_CLIENT_APIKEY_ID</c>, <c>STORMPATH_CLIENT_APIKEY_SECRET</c>,
/// <c>STORMPATH_CLIENT_BASEURL</c>), or an <c>apiKey.properties</c> file.
/// </summary>
public sealed class StormpathClientOptions
{
    /// <summary>The base URL of Stormpath's original hosted service.</summary>
    public const string DefaultBaseUrl = "https://api.stormpath.com/v1/";

    /// <summary>Gets or sets the base URL of the directory's REST API, ending in <c>/v1/</c>.</summary>
    /// <value>The default value is <c>https://api.stormpath.com/v1/</c>.</value>
    [Required]
    public Uri BaseUrl { get; set; } = new(DefaultBaseUrl);

    /// <summary>Gets or sets the API key id.</summary>
    /// <value>The default value is <see langword="null"/>; it must be set here or through <see cref="ApiKeyFile"/>.</value>
    public string? ApiKeyId { get; set; }

    /// <summary>Gets or sets the API key secret. It is never logged nor included in exception messages.</summary>
    /// <value>The default value is <see langword="null"/>; it must be set here or through <see cref="ApiKeyFile"/>.</value>
    public string? ApiKeySecret { get; set; }

    /// <summary>Gets or sets the path of an <c>apiKey.properties</c> file holding <c>apiKey.id</c> and <c>apiKey.secret</c>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? ApiKeyFile { get; set; }

    /// <summary>Gets or sets how requests are authenticated.</summary>
    /// <value>The default value is <see cref="StormpathAuthenticationScheme.SAuthc1"/>.</value>
    public StormpathAuthenticationScheme AuthenticationScheme { get; set; } = StormpathAuthenticationScheme.SAuthc1;

    /// <summary>Gets or sets the time one attempt of a call may take before it is abandoned.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the time one call may take in all, its retries and their delays included. Calls never wait
    /// forever: this bounds every call, whatever the server does.
    /// </summary>
    /// <value>The default value is 90 seconds.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Gets or sets the page size used when a collection is enumerated to the end.</summary>
    /// <value>The default value is 100, the largest page the API serves.</value>
    [Range(1, 100)]
    public int PageSize { get; set; } = 100;

    /// <summary>Gets or sets how many times a retryable call is retried.</summary>
    /// <remarks>
    /// GET and DELETE are retried after a timeout, a lost connection, 408, 429, 500, 502, 503 and 504; a POST only
    /// after 429 or 503, answers that prove the server did not act. <c>Retry-After</c> is honoured.
    /// </remarks>
    /// <value>The default value is 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}
