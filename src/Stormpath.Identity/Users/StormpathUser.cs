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
}
