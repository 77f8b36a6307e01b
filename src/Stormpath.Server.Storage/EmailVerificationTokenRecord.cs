namespace Stormpath.Server.Storage;

/// <summary>An email verification token, created when an account must verify its email.</summary>
public sealed class EmailVerificationTokenRecord : AccountTokenRecord
{
}
