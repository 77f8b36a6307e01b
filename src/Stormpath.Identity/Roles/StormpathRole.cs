using Microsoft.AspNetCore.Identity;

namespace Stormpath.Identity;

/// <summary>An ASP.NET Core Identity role backed by a Stormpath group in the application's default group store.</summary>
public class StormpathRole : IdentityRole
{
    /// <summary>Creates a role without a name.</summary>
    public StormpathRole()
    {
    }

    /// <summary>Creates a role with the given name.</summary>
    /// <param name="roleName">The role name, which is also the group name.</param>
    public StormpathRole(string roleName)
        : base(roleName)
    {
    }

    /// <summary>Gets or sets the absolute href of the Stormpath group, or <see langword="null"/> before it exists remotely.</summary>
    public string? GroupHref { get; set; }

    /// <summary>Gets or sets the description of the group.</summary>
    public string? Description { get; set; }
}
