namespace Stormpath.Server.Email;

/// <summary>
/// How the SMTP connection is protected.
/// </summary>
internal enum SmtpTlsMode
{
    /// <summary>Connect in plain text and upgrade with <c>STARTTLS</c>; fail when the server does not offer it (port 587 or 25).</summary>
    StartTls = 0,

    /// <summary>TLS from the first byte (port 465).</summary>
    Implicit,

    /// <summary>Upgrade with <c>STARTTLS</c> when offered, otherwise stay in plain text. Open to downgrade; for trusted networks only.</summary>
    StartTlsWhenAvailable,

    /// <summary>No encryption: a local relay or a test server only.</summary>
    None,
}
