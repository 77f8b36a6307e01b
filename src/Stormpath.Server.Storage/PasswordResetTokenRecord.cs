namespace Stormpath.Server.Storage;

/// <summary>A password reset token, created through an application.</summary>
public sealed class PasswordResetTokenRecord : AccountTokenRecord
{
    /// <summary>Gets or sets the application the token was requested through.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>Gets or sets the email address the token was sent to.</summary>
    public string Email { get; set; } = "";
}
