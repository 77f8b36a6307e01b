namespace Stormpath.Identity;

/// <summary>The claim types under which the flags django-stormpath kept in an account's custom data are surfaced.</summary>
public static class StormpathClaimTypes
{
    /// <summary>The claim present, with value <c>true</c>, when the account's custom data has <c>is_staff: true</c>.</summary>
    public const string IsStaff = "is_staff";

    /// <summary>The claim present, with value <c>true</c>, when the account's custom data has <c>is_superuser: true</c>.</summary>
    public const string IsSuperuser = "is_superuser";
}
