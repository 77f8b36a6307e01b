namespace Stormpath.Server.Storage;

/// <summary>A previous password hash of an account, kept for the password policy's <c>preventReuse</c>.</summary>
public sealed class PasswordHistoryRecord
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the account id.</summary>
    public string AccountId { get; set; } = "";

    /// <summary>Gets or sets the former password hash.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Gets or sets when the password was replaced.</summary>
    public DateTime CreatedAt { get; set; }
}
