using Microsoft.AspNetCore.DataProtection;

namespace Stormpath.Server.Auth;

/// <summary>
/// Encrypts API key secrets at rest with ASP.NET Core Data Protection (keys in
/// <see cref="StormpathServerOptions.DataProtectionKeysDirectory"/>). SAuthc1 derives its signing key from
/// the plain secret, so a one-way hash cannot be used; a copy of the database alone does not reveal secrets.
/// </summary>
internal sealed class ApiKeySecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Stormpath.Server.ApiKeySecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public bool TryUnprotect(string protectedSecret, out string secret)
    {
        try
        {
            secret = _protector.Unprotect(protectedSecret);
            return true;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys lost or not shared between instances: the key cannot authenticate.
            secret = "";
            return false;
        }
    }
}
