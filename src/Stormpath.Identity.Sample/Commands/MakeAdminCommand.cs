using Microsoft.AspNetCore.Identity;

namespace Stormpath.Identity.Sample.Commands;

/// <summary>
/// <c>make-admin EMAIL</c>: grants the administrators role to a registered user, creating the role first when it is
/// missing. It goes through <see cref="RoleManager{TRole}"/> and <see cref="UserManager{TUser}"/>, so the group and the
/// membership are made in the Stormpath directory, not only in the mirror.
/// </summary>
internal static class MakeAdminCommand
{
    public const string Name = "make-admin";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not [var email, .. var rest] || email.StartsWith('-'))
        {
            await error.WriteLineAsync($"Usage: {SampleApp.MakeAdminCommandLine} EMAIL");
            return 2;
        }

        await using var host = await SampleApp.BuildAsync(rest, shareRunningDirectory: true, CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StormpathUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<StormpathRole>>();

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await error.WriteLineAsync($"No user has the email {email}. Register at {host.BaseUrl}Account/Register first, then run this again.");
            return 1;
        }

        if (!await roles.RoleExistsAsync(SampleRoles.Administrators))
        {
            var created = await roles.CreateAsync(new StormpathRole(SampleRoles.Administrators));
            if (!Report(created, $"Could not create the role {SampleRoles.Administrators}", error))
            {
                return 1;
            }
        }

        if (await users.IsInRoleAsync(user, SampleRoles.Administrators))
        {
            await output.WriteLineAsync($"{email} is already in {SampleRoles.Administrators}.");
            return 0;
        }

        var granted = await users.AddToRoleAsync(user, SampleRoles.Administrators);
        if (!Report(granted, $"Could not add {email} to {SampleRoles.Administrators}", error))
        {
            return 1;
        }

        await output.WriteLineAsync($"{email} is now in {SampleRoles.Administrators}. If that user is signed in, sign out and in again to open {host.BaseUrl}Admin.");
        return 0;
    }

    private static bool Report(IdentityResult result, string what, TextWriter error)
    {
        if (result.Succeeded)
        {
            return true;
        }

        error.WriteLine($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        return false;
    }
}
