namespace Stormpath.Server.Storage;

/// <summary>
/// A directory: the store that owns accounts and groups. Its password policy, password strength and
/// account creation policy share its id on the wire, so they are kept as columns of this row.
/// </summary>
public sealed class DirectoryRecord : CustomDataOwnerRecord
{
    /// <summary>Gets or sets the owning tenant id.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Gets or sets the name, unique per tenant.</summary>
    public string Name { get; set; } = "";

    /// <summary>Gets or sets the lower-case name that carries the uniqueness constraint.</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>Gets or sets the description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the status: <c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string Status { get; set; } = "ENABLED";

    /// <summary>Gets or sets the password reset token lifetime in hours (1–168).</summary>
    public int ResetTokenTtlHours { get; set; } = 24;

    /// <summary>Gets or sets whether password reset emails are sent: <c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string ResetEmailStatus { get; set; } = "ENABLED";

    /// <summary>Gets or sets whether password reset success emails are sent.</summary>
    public string ResetSuccessEmailStatus { get; set; } = "ENABLED";

    /// <summary>Gets or sets when the password policy was last modified.</summary>
    public DateTime PasswordPolicyModifiedAt { get; set; }

    /// <summary>Gets or sets the minimum password length.</summary>
    public int MinLength { get; set; } = 8;

    /// <summary>Gets or sets the maximum password length.</summary>
    public int MaxLength { get; set; } = 100;

    /// <summary>Gets or sets the minimum number of lower-case characters.</summary>
    public int MinLowerCase { get; set; } = 1;

    /// <summary>Gets or sets the minimum number of upper-case characters.</summary>
    public int MinUpperCase { get; set; } = 1;

    /// <summary>Gets or sets the minimum number of digits.</summary>
    public int MinNumeric { get; set; } = 1;

    /// <summary>Gets or sets the minimum number of symbols.</summary>
    public int MinSymbol { get; set; }

    /// <summary>Gets or sets the minimum number of diacritic characters.</summary>
    public int MinDiacritic { get; set; }

    /// <summary>Gets or sets how many previous passwords may not be reused (0 = off, at most 25).</summary>
    public int PreventReuse { get; set; }

    /// <summary>Gets or sets when the password strength was last modified.</summary>
    public DateTime StrengthModifiedAt { get; set; }

    /// <summary>Gets or sets whether new accounts must verify their email: <c>ENABLED</c> or <c>DISABLED</c>.</summary>
    public string VerificationEmailStatus { get; set; } = "DISABLED";

    /// <summary>Gets or sets whether a verification success email is sent.</summary>
    public string VerificationSuccessEmailStatus { get; set; } = "DISABLED";

    /// <summary>Gets or sets whether a welcome email is sent.</summary>
    public string WelcomeEmailStatus { get; set; } = "DISABLED";

    /// <summary>Gets or sets the email domain whitelist, a JSON array of patterns with <c>*</c> wildcards.</summary>
    public string EmailDomainWhitelist { get; set; } = "[]";

    /// <summary>Gets or sets the email domain blacklist, a JSON array of patterns with <c>*</c> wildcards.</summary>
    public string EmailDomainBlacklist { get; set; } = "[]";

    /// <summary>Gets or sets when the account creation policy was last modified.</summary>
    public DateTime AccountCreationPolicyModifiedAt { get; set; }
}
