using System.ComponentModel.DataAnnotations;

namespace Stormpath.Server.Email;

/// <summary>
/// The SMTP server emails go through. When <see cref="Host"/> is not set, emails go to the pickup folder.
/// </summary>
internal sealed class SmtpOptions
{
    /// <summary>Gets or sets the SMTP server's host name or address.</summary>
    /// <value>The default value is null: no SMTP, use <see cref="EmailOptions.PickupDirectory"/>.</value>
    public string? Host { get; set; }

    /// <summary>Gets or sets the SMTP server's port.</summary>
    /// <value>The default value is 587 (submission with STARTTLS).</value>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets how the connection is protected.</summary>
    /// <value>The default value is <see cref="SmtpTlsMode.StartTls"/>: encrypted or not at all.</value>
    public SmtpTlsMode TlsMode { get; set; } = SmtpTlsMode.StartTls;

    /// <summary>Gets or sets the user name to authenticate with, or null to send without authentication.</summary>
    /// <value>The default value is null.</value>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password of <see cref="UserName"/>. It is never logged.</summary>
    /// <value>The default value is null.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets how long one SMTP operation (connect, a command) may take.</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
