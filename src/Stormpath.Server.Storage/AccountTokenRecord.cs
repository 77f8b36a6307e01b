namespace Stormpath.Server.Storage;

/// <summary>
/// A single-use token sent to an account by email. Only the SHA-256 of the token is stored, so a copy of
/// the database cannot be used to reset passwords or verify emails.
/// </summary>
public abstract class AccountTokenRecord : StormpathRecord
{
    /// <summary>Gets or sets the lower-case hex SHA-256 of the token value.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>Gets or sets the account the token belongs to.</summary>
    public string AccountId { get; set; } = "";

    /// <summary>Gets or sets when the token stops being valid.</summary>
    public DateTime ExpiresAt { get; set; }
}
