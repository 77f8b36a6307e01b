namespace Stormpath.Server.Email;

/// <summary>
/// Every text of the email parts, in one place: the account emails and the configuration errors.
/// </summary>
internal static class EmailMessages
{
    /// <summary>The subject of the email-verification email.</summary>
    public const string VerifySubject = "Verify your email address";

    /// <summary>The subject of the password-reset email.</summary>
    public const string ResetSubject = "Reset your password";

    /// <summary>The configuration error of an SMTP sender without a host.</summary>
    public const string SmtpHostMissing =
        "SMTP is not configured: set EmailOptions.Smtp.Host, or use the pickup-directory sender.";

    /// <summary>The configuration error of an SMTP user name without a password.</summary>
    public const string SmtpPasswordMissing =
        "EmailOptions.Smtp.UserName is set but Smtp.Password is not; set both, or neither to send without authentication.";

    /// <summary>The error of an undefined <see cref="SmtpTlsMode"/> value.</summary>
    public const string UnknownTlsMode = "Not a defined SmtpTlsMode; use StartTls, Implicit, StartTlsWhenAvailable or None.";

    /// <summary>The error of a link base URL that is not an absolute http(s) URL.</summary>
    public const string LinkBaseUrlNotAbsolute =
        "The link base URL must be an absolute http or https URL, e.g. https://app.example.test/verify.";

    /// <summary>The plain-text body of the email-verification email.</summary>
    /// <param name="greeting">The greeting line.</param>
    /// <param name="link">The verification link.</param>
    /// <returns>The body.</returns>
    public static string VerifyText(string greeting, string link) =>
        $"""
        {greeting}

        Please verify your email address by opening this link:

        {link}

        If you did not create an account, you can ignore this email.
        """;

    /// <summary>The plain-text body of the password-reset email.</summary>
    /// <param name="greeting">The greeting line.</param>
    /// <param name="link">The reset link.</param>
    /// <param name="validHours">How many hours the link works.</param>
    /// <returns>The body.</returns>
    public static string ResetText(string greeting, string link, int validHours) =>
        $"""
        {greeting}

        Someone asked to reset the password of your account. To choose a new password, open this link within {Hours(validHours)}:

        {link}

        If you did not ask for this, you can ignore this email; your password stays as it is.
        """;

    /// <summary>The greeting line.</summary>
    /// <param name="name">The recipient's given name, or null.</param>
    /// <returns>The greeting.</returns>
    public static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Hello," : $"Hello {name},";

    private static string Hours(int hours) => hours == 1 ? "1 hour" : $"{hours} hours";
}
