namespace Stormpath.Identity.Sample;

/// <summary>The role names the sample knows about. Roles are Stormpath groups.</summary>
public static class SampleRoles
{
    /// <summary>The role that may open the administration area.</summary>
    public const string Administrators = "Administrators";
}
