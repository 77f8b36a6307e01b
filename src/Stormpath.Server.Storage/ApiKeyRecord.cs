namespace Stormpath.Server.Storage;

/// <summary>
/// An API key. The secret is kept only in protected (encrypted) form: SAuthc1 needs the plain secret to
/// verify a signature, so a one-way hash cannot be used.
/// </summary>
public sealed class ApiKeyRecord : StormpathRecord
{
    /// <summary>Gets or sets the owning tenant id.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the owning account id; <see langword="null"/> for a tenant administrator key.</summary>
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the secret, encrypted with the server's data protection keys.</summary>
    public string ProtectedSecret { get; set; } = "";

    /// <summary>Gets or sets the status: <c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string Status { get; set; } = "ENABLED";

    /// <summary>Gets or sets the key name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the key description.</summary>
    public string? Description { get; set; }
}
