namespace Stormpath.Server.Storage;

/// <summary>The membership of an account in a group of the same directory.</summary>
public sealed class GroupMembershipRecord : StormpathRecord
{
    /// <summary>Gets or sets the member account id.</summary>
    public string AccountId { get; set; } = "";

    /// <summary>Gets or sets the group id.</summary>
    public string GroupId { get; set; } = "";
}
