namespace Stormpath.Client;

/// <summary>The status of a Stormpath account.</summary>
public enum StormpathAccountStatus
{
    /// <summary>A value this library does not know. An account in an unknown status is not allowed to sign in.</summary>
    Unknown = 0,

    /// <summary>The account may sign in (<c>ENABLED</c>).</summary>
    Enabled,

    /// <summary>The account may not sign in (<c>DISABLED</c>).</summary>
    Disabled,

    /// <summary>The account's email address has not been verified yet (<c>UNVERIFIED</c>).</summary>
    Unverified,
}
