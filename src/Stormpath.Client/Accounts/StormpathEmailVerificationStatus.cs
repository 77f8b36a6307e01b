namespace Stormpath.Client;

/// <summary>Whether the email address of an account has been verified.</summary>
public enum StormpathEmailVerificationStatus
{
    /// <summary>A value this library does not know, or the server's own <c>UNKNOWN</c> (legacy accounts).</summary>
    Unknown = 0,

    /// <summary>The address has not been verified (<c>UNVERIFIED</c>).</summary>
    Unverified,

    /// <summary>The address has been verified (<c>VERIFIED</c>).</summary>
    Verified,
}
