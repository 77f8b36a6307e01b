using System.ComponentModel.DataAnnotations;

namespace Stormpath.Server;

/// <summary>
/// Options of Stormpath.Server, bound from the <c>StormpathServer</c> configuration section and the
/// environment variables <c>StormpathServer__{Property}</c>.
/// </summary>
public sealed class StormpathServerOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "StormpathServer";

    /// <summary>Gets or sets the database provider: <c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    /// <value>The default value is <c>Sqlite</c>.</value>
    [Required]
    [RegularExpression("^(?i:Sqlite|PostgreSql)$", ErrorMessage = "StormpathServer:DatabaseProvider must be 'Sqlite' or 'PostgreSql'.")]
    public string DatabaseProvider { get; set; } = "Sqlite";

    /// <summary>Gets or sets the connection string of the directory database.</summary>
    /// <value>The default value is <c>Data Source=stormpath-directory.db</c>.</value>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=stormpath-directory.db";

    /// <summary>
    /// Gets or sets the externally visible origin used in every href, e.g. <c>https://directory.example.com</c>.
    /// Set it when the server runs behind a reverse proxy.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the address the server actually bound.</value>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Gets or sets the IP address (or <c>localhost</c>) to listen on.</summary>
    /// <value>The default value is <c>127.0.0.1</c>.</value>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Gets or sets the TCP port to listen on; 0 picks a free port.</summary>
    /// <value>The default value is 9010.</value>
    [Range(0, 65535)]
    public int Port { get; set; } = 9010;

    /// <summary>Gets or sets the bcrypt work factor for new password hashes.</summary>
    /// <value>The default value is 10.</value>
    [Range(4, 31)]
    public int BcryptWorkFactor { get; set; } = 10;

    /// <summary>Gets or sets the folder that receives one <c>.eml</c> file per message when no SMTP host is configured.</summary>
    /// <value>The default value is <c>mail</c>.</value>
    public string EmailPickupDirectory { get; set; } = "mail";

    /// <summary>Gets or sets the base of the <c>sptoken</c> links in emails when a template sets none.</summary>
    /// <value>The default value is <see langword="null"/>: <c>{public base}/sptoken</c> links.</value>
    public string? DefaultLinkBaseUrl { get; set; }

    /// <summary>Gets or sets the largest accepted request body, except on customData endpoints.</summary>
    /// <value>The default value is 1 MiB (1 048 576 bytes).</value>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Gets or sets the largest accepted request body on <c>…/customData</c> endpoints. The customData
    /// document itself is limited to 10 MB (error 3004); this leaves room for JSON overhead.
    /// </summary>
    /// <value>The default value is 11 MiB (11 534 336 bytes).</value>
    [Range(1024, long.MaxValue)]
    public long MaxCustomDataRequestBodyBytes { get; set; } = 11_534_336;

    /// <summary>Gets or sets the folder holding the data protection keys that encrypt API key secrets at rest.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: a <c>stormpath-keys</c> folder next to the SQLite
    /// database file, or in the working directory for PostgreSQL. Several instances must share it.
    /// </value>
    public string? DataProtectionKeysDirectory { get; set; }

    /// <summary>Gets or sets the SMTP host; when empty, emails go to <see cref="EmailPickupDirectory"/>.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? SmtpHost { get; set; }

    /// <summary>Gets or sets the SMTP port.</summary>
    /// <value>The default value is 587.</value>
    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Gets or sets the SMTP user name; empty means no authentication.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? SmtpUserName { get; set; }

    /// <summary>Gets or sets the SMTP password.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? SmtpPassword { get; set; }

    /// <summary>
    /// Gets or sets the SMTP transport security: <c>StartTls</c> (required), <c>Implicit</c> (TLS on connect,
    /// port 465), <c>StartTlsWhenAvailable</c> or <c>None</c>.
    /// </summary>
    /// <value>The default value is <c>StartTls</c>.</value>
    [RegularExpression("^(?i:StartTls|Implicit|StartTlsWhenAvailable|None)$", ErrorMessage = "StormpathServer:SmtpTlsMode must be StartTls, Implicit, StartTlsWhenAvailable or None.")]
    public string SmtpTlsMode { get; set; } = "StartTls";

    /// <summary>Gets or sets the sender address of the emails the server sends.</summary>
    /// <value>The default value is <c>no-reply@localhost</c>.</value>
    [Required]
    public string EmailFromAddress { get; set; } = "no-reply@localhost";

    /// <summary>Gets or sets the display name of the sender.</summary>
    /// <value>The default value is <c>Stormpath Directory</c>.</value>
    public string EmailFromName { get; set; } = "Stormpath Directory";

    /// <summary>Gets or sets how many consecutive failed logins lock an account.</summary>
    /// <value>The default value is 5.</value>
    [Range(1, 1000)]
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>Gets or sets how long an account stays locked (error 7103).</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets how far <c>X-Stormpath-Date</c> of a SAuthc1 request may be from the server's clock.</summary>
    /// <value>The default value is 15 minutes; nonces are remembered for twice this window.</value>
    public TimeSpan SAuthc1ClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets how long an email verification token stays valid.</summary>
    /// <value>The default value is 7 days.</value>
    public TimeSpan EmailVerificationTokenLifetime { get; set; } = TimeSpan.FromDays(7);
}
