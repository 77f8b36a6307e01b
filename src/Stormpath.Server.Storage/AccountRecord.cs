namespace Stormpath.Server.Storage;

/// <summary>An account in a directory.</summary>
public sealed class AccountRecord : CustomDataOwnerRecord
{
    /// <summary>Gets or sets the owning tenant id.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the owning directory id.</summary>
    public string DirectoryId { get; set; } = "";

    /// <summary>Gets or sets the username as written.</summary>
    public string Username { get; set; } = "";

    /// <summary>Gets or sets the lower-case username that carries the per-directory uniqueness constraint.</summary>
    public string NormalizedUsername { get; set; } = "";

    /// <summary>Gets or sets the email address as written.</summary>
    public string Email { get; set; } = "";

    /// <summary>Gets or sets the lower-case email that carries the per-directory uniqueness constraint.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>Gets or sets the given name.</summary>
    public string? GivenName { get; set; }

    /// <summary>Gets or sets the middle name.</summary>
    public string? MiddleName { get; set; }

    /// <summary>Gets or sets the surname.</summary>
    public string? Surname { get; set; }

    /// <summary>Gets or sets the status: <c>ENABLED</c>, <c>DISABLED</c> or <c>UNVERIFIED</c>.</summary>
    public string Status { get; set; } = "ENABLED";

    /// <summary>Gets or sets the email verification status: <c>UNVERIFIED</c>, <c>VERIFIED</c> or <c>UNKNOWN</c>.</summary>
    public string EmailVerificationStatus { get; set; } = "UNVERIFIED";

    /// <summary>Gets or sets the password hash in Modular Crypt Format.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Gets or sets when the password last changed.</summary>
    public DateTime? PasswordModifiedAt { get; set; }

    /// <summary>Gets or sets the number of failed logins since the last success or lockout.</summary>
    public int FailedLoginCount { get; set; }

    /// <summary>Gets or sets the end of the current lockout, if any.</summary>
    public DateTime? LockedUntil { get; set; }
}
