namespace Stormpath.Server.Auth;

/// <summary>Who is calling: the tenant of the API key that authenticated this request (scoped per request).</summary>
internal sealed class CallerContext
{
    private string? _tenantId;

    public string TenantId => _tenantId ?? throw new InvalidOperationException("The request has not been authenticated.");

    public string? ApiKeyId { get; private set; }

    public void SignIn(string tenantId, string apiKeyId)
    {
        _tenantId = tenantId;
        ApiKeyId = apiKeyId;
    }
}
