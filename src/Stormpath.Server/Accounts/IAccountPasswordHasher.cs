namespace Stormpath.Server.Accounts;

/// <summary>Hashes and verifies account passwords (the server's side of §4.2 and §5).</summary>
internal interface IAccountPasswordHasher
{
    /// <summary>Hashes a plaintext password for storage.</summary>
    string Hash(string password);

    /// <summary>Verifies a plaintext password against a stored hash (own format or imported MCF).</summary>
    bool Verify(string password, string storedHash);

    /// <summary>Spends the same time as one verification, for logins that match no account.</summary>
    void VerifyDummy(string password);

    /// <summary>Whether an MCF hash given with <c>passwordFormat=mcf</c> can be imported.</summary>
    bool CanImport(string mcfHash);
}
