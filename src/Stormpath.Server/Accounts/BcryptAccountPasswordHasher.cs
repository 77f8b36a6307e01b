using Microsoft.Extensions.Options;

namespace Stormpath.Server.Accounts;

/// <summary>
/// bcrypt with a SHA-384 pre-hash (BCrypt.Net "enhanced" mode), so passwords longer than bcrypt's 72-byte
/// input are not truncated. Own hashes carry a <c>$sp-bcrypt-sha384$</c> marker; imported MCF bcrypt
/// hashes (<c>$2a$ $2b$ $2y$</c>) verify the raw password, as the system that made them did.
/// </summary>
internal sealed class BcryptAccountPasswordHasher(IOptions<StormpathServerOptions> options) : IAccountPasswordHasher
{
    private const string Marker = "$sp-bcrypt-sha384";
    private readonly Lazy<string> _dummy = new(() => BCrypt.Net.BCrypt.EnhancedHashPassword("dummy password", BCrypt.Net.HashType.SHA384, options.Value.BcryptWorkFactor));

    public string Hash(string password) =>
        Marker + BCrypt.Net.BCrypt.EnhancedHashPassword(password, BCrypt.Net.HashType.SHA384, options.Value.BcryptWorkFactor);

    public bool Verify(string password, string storedHash)
    {
        try
        {
            return storedHash.StartsWith(Marker, StringComparison.Ordinal)
                ? BCrypt.Net.BCrypt.EnhancedVerify(password, storedHash[Marker.Length..], BCrypt.Net.HashType.SHA384)
                : BCrypt.Net.BCrypt.Verify(password, storedHash);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return false;
        }
    }

    public void VerifyDummy(string password) =>
        BCrypt.Net.BCrypt.EnhancedVerify(password, _dummy.Value, BCrypt.Net.HashType.SHA384);

    public bool CanImport(string mcfHash) =>
        System.Text.RegularExpressions.Regex.IsMatch(mcfHash, @"^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$");
}
