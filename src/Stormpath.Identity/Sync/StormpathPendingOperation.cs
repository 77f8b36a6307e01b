namespace Stormpath.Identity;

/// <summary>The kind of write a <see cref="StormpathPendingChange"/> records.</summary>
public enum StormpathPendingOperation
{
    /// <summary>An account is being created.</summary>
    CreateUser = 0,

    /// <summary>An account (profile, status, password, custom data or group memberships) is being changed.</summary>
    UpdateUser = 1,

    /// <summary>An account is being deleted.</summary>
    DeleteUser = 2,

    /// <summary>A group is being created.</summary>
    CreateRole = 3,

    /// <summary>A group is being changed.</summary>
    UpdateRole = 4,

    /// <summary>A group is being deleted.</summary>
    DeleteRole = 5,
}
