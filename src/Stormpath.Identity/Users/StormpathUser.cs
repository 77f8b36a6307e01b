using Microsoft.AspNetCore.Identity;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// An ASP.NET Core Identity user backed by a Stormpath account. The row is the local mirror of the account; Stormpath
/// is the source of truth for credentials, profile, status and groups.
/// </summary>
/// <remarks>
/// <see cref="IdentityUser{TKey}.PasswordHash"/> is always <see langword="null"/>: passwords are checked by
/// Stormpath and no hash is ever stored locally.
/// </remarks>
public class StormpathUser : IdentityUser
{
    /// <summary>Gets or sets the absolute href of the Stormpath account, or <see langword="null"/> before it exists remotely.</summary>
    [PersonalData]
    public string? AccountHref { get; set; }

    /// <summary>Gets or sets the given (first) name.</summary>
    [PersonalData]
    public string? GivenName { get; set; }

    /// <summary>Gets or sets the middle name.</summary>
    [PersonalData]
    public string? MiddleName { get; set; }

    /// <summary>Gets or sets the surname.</summary>
    [PersonalData]
    public string? Surname { get; set; }

    /// <summary>Gets or sets the status of the account as last seen in Stormpath.</summary>
    /// <value>The default value is <see cref="StormpathAccountStatus.Enabled"/>.</value>
    public StormpathAccountStatus AccountStatus { get; set; } = StormpathAccountStatus.Enabled;

    /// <summary>Gets or sets the <c>modifiedAt</c> of the account when the mirror was last refreshed from it.</summary>
    public DateTimeOffset? RemoteModifiedAt { get; set; }

    /// <summary>Gets or sets the <c>passwordModifiedAt</c> of the account when the mirror was last refreshed from it.</summary>
    /// <remarks>When it moves, the password was changed elsewhere and the security stamp is rotated.</remarks>
    public DateTimeOffset? RemotePasswordModifiedAt { get; set; }

    /// <summary>Gets or sets when the mirror row, its claims and its roles were last refreshed from Stormpath.</summary>
    public DateTimeOffset? LastSyncedAt { get; set; }

    /// <summary>Gets or sets whether the user chose a password.</summary>
    /// <remarks>
    /// Stormpath has no account without a password: a user created without one (for example for an external login)
    /// gets a long random password nobody knows, and this flag stays <see langword="false"/> until
    /// <c>AddPasswordAsync</c>.
    /// </remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool HasPassword { get; set; }

    /// <summary>Gets or sets the <c>is_staff</c> flag of the account's custom data, surfaced as a claim of type <see cref="StormpathClaimTypes.IsStaff"/>.</summary>
    public bool IsStaff { get; set; }

    /// <summary>Gets or sets the <c>is_superuser</c> flag of the account's custom data, surfaced as a claim of type <see cref="StormpathClaimTypes.IsSuperuser"/>.</summary>
    public bool IsSuperuser { get; set; }

    /// <summary>Gets or sets the plain-text password to send with the next write of this user. Never mapped, never stored.</summary>
    internal string? PendingPassword { get; set; }
}
