using Stormpath.Server.Storage;

namespace Stormpath.Server.Auth;

/// <summary>
/// Finds the secret of an enabled tenant admin API key (scoped per request) and remembers which key it
/// found, so the middleware knows the caller's tenant once verification succeeds.
/// </summary>
internal sealed class TenantApiKeySecrets(StormpathServerDbContext db, ApiKeySecretProtector protector) : IApiKeySecretLookup
{
    public ApiKeyRecord? Found { get; private set; }

    public async ValueTask<string?> FindSecretAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = await ApiAuthenticationMiddleware.FindTenantKeyAsync(db, keyId, cancellationToken);
        if (key is null || !protector.TryUnprotect(key.ProtectedSecret, out var secret))
        {
            return null;
        }

        Found = key;
        return secret;
    }
}
