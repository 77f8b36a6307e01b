using System.ComponentModel.DataAnnotations;

namespace Stormpath.Server.Email;

/// <summary>
/// How the server sends email.
/// </summary>
internal sealed class EmailOptions
{
    /// <summary>Gets or sets the sender address of every email.</summary>
    /// <value>The default value is <c>no-reply@localhost</c>.</value>
    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@localhost";

    /// <summary>Gets or sets the sender's display name.</summary>
    /// <value>The default value is <c>Stormpath</c>.</value>
    public string FromName { get; set; } = "Stormpath";

    /// <summary>
    /// Gets or sets the folder each email is written to as an <c>.eml</c> file when no SMTP server is configured;
    /// a relative path is taken from the current directory. It is created when missing.
    /// </summary>
    /// <value>The default value is <c>mail-pickup</c>.</value>
    [Required]
    public string PickupDirectory { get; set; } = "mail-pickup";

    /// <summary>Gets the SMTP server; emails go to <see cref="PickupDirectory"/> while its host is not set.</summary>
    public SmtpOptions Smtp { get; } = new();

    /// <summary>Gets a value indicating whether an SMTP server is configured.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
