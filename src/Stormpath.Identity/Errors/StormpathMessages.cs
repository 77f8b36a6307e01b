namespace Stormpath.Identity;

/// <summary>Every message this library shows or throws, kept together so they can be read and reviewed as one text.</summary>
internal static class StormpathMessages
{
    internal const string ApplicationHrefMissing =
        "Stormpath:ApplicationHref is not set. Set it in configuration (\"Stormpath\": { \"ApplicationHref\": \"https://…/v1/applications/{id}\" }) "
        + "or in the STORMPATH_APPLICATION_HREF environment variable to the href of the Stormpath application whose account stores hold your users.";

    internal const string MirrorMaxAgeNegative =
        "Stormpath:MirrorMaxAge must not be negative. Use 00:00:00 to refresh custom data and groups at every sign-in.";

    internal const string PasswordHashNotSupported =
        "The Stormpath user store never stores a password hash: passwords are checked by Stormpath. Resolve UserManager<StormpathUser> from "
        + "dependency injection after calling AddStormpathStores(), so that StormpathUserManager sends password changes to Stormpath.";

    internal const string ManagerNeedsStormpathStore =
        "StormpathUserManager works only with the Stormpath user store. Register both with services.AddIdentity<StormpathUser, StormpathRole>().AddStormpathStores().";

    internal const string SignInManagerNeedsStormpathUserManager =
        "StormpathSignInManager needs StormpathUserManager as UserManager<StormpathUser>. Call AddStormpathStores() after AddIdentity/AddIdentityCore/AddSignInManager, and do not replace the user manager afterwards.";

    internal const string WrongUserType =
        "AddStormpathStores() needs StormpathUser as the Identity user type (and StormpathRole as the role type, if any); the builder has {0}.";

    internal const string ModelNotApplied =
        "The DbContext {0} has no Stormpath mirror model. Derive it from StormpathIdentityDbContext, or call builder.ApplyStormpathIdentityModel() "
        + "at the end of its OnModelCreating, then add a migration.";

    internal const string ApplicationUnreachable =
        "The Stormpath application {0} was not found. Check Stormpath:ApplicationHref (or STORMPATH_APPLICATION_HREF) and that the API key belongs to its tenant.";

    internal const string NoDefaultGroupStore =
        "The Stormpath application {0} has no default group store, so roles cannot be created as groups. Map a directory to the application "
        + "with isDefaultGroupStore set to true.";

    internal const string UserNotInStormpath =
        "The user {0} has no Stormpath account (AccountHref is empty). Create users through UserManager.CreateAsync so they are written to Stormpath first.";

    internal const string RoleNotInStormpath =
        "The role {0} has no Stormpath group (GroupHref is empty). Create roles through RoleManager.CreateAsync so they are written to Stormpath first.";

    internal const string RoleNotFound = "Role {0} does not exist.";

    internal const string RemoteValidationFailed = "The directory refused the change.";

    internal const string PasswordPolicy = "The password does not meet the directory's password policy.";

    internal const string PasswordReused = "The password was used recently; choose another one.";

    internal const string AccountNotFound = "The account no longer exists in the directory.";

    internal const string GroupNotFound = "The group no longer exists in the directory.";

    internal static string ApplicationHrefInvalid(Uri href) =>
        $"Stormpath:ApplicationHref '{href}' is not the absolute href of an application. Use the href Stormpath shows for it, such as https://…/v1/applications/{{id}}.";

    internal static string Format(string message, object? argument) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, message, argument);
}
