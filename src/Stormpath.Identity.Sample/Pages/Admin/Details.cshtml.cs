using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Stormpath.Client;

namespace Stormpath.Identity.Sample.Pages.Admin;

[Authorize(Roles = SampleRoles.Administrators)]
public sealed class DetailsModel(UserManager<StormpathUser> userManager, RoleManager<StormpathRole> roleManager) : PageModel
{
    private const int MaxRoleNameLength = 100;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public StormpathUser Account { get; private set; } = new();

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> KnownRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await LoadAsync(cancellationToken) ? Page() : NotFoundPage();
    }

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        SetStatusAsync(StormpathAccountStatus.Enabled, SampleMessages.AccountEnabled, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        SetStatusAsync(StormpathAccountStatus.Disabled, SampleMessages.AccountDisabled, cancellationToken);

    public async Task<IActionResult> OnPostGrantRoleAsync(string? role, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage();
        }

        role = role?.Trim();
        if (string.IsNullOrEmpty(role) || role.Length > MaxRoleNameLength)
        {
            ModelState.AddModelError(string.Empty, $"Enter a role name of 1 to {MaxRoleNameLength} characters.");
            return Page();
        }

        // A role is a group in the application's default group store; creating it here creates the group.
        if (!await roleManager.RoleExistsAsync(role))
        {
            var created = await roleManager.CreateAsync(new StormpathRole(role));
            if (!created.Succeeded)
            {
                ModelState.AddIdentityErrors(created);
                return Page();
            }
        }

        var result = await userManager.AddToRoleAsync(Account, role);
        return await AfterAsync(result, SampleMessages.RoleGranted(role), cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(string? role, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage();
        }

        if (string.IsNullOrEmpty(role))
        {
            return RedirectToPage(new { id = Id });
        }

        var result = await userManager.RemoveFromRoleAsync(Account, role);
        return await AfterAsync(result, SampleMessages.RoleRemoved(role), cancellationToken);
    }

    private async Task<IActionResult> SetStatusAsync(StormpathAccountStatus status, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFoundPage();
        }

        if (status == StormpathAccountStatus.Disabled && Account.Id == userManager.GetUserId(User))
        {
            ModelState.AddModelError(string.Empty, SampleMessages.CannotDisableSelf);
            return Page();
        }

        // The stores write the status through to the directory; DISABLED accounts are locked out of sign-in.
        Account.AccountStatus = status;
        var result = await userManager.UpdateAsync(Account);
        return await AfterAsync(result, message, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(IdentityResult result, string message, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Status"] = message;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var account = await userManager.FindByIdAsync(Id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Roles = [.. (await userManager.GetRolesAsync(account)).Order(StringComparer.OrdinalIgnoreCase)];
        KnownRoles = await roleManager.Roles
            .Select(r => r.Name!)
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
        return true;
    }

    private IActionResult NotFoundPage()
    {
        TempData["Error"] = SampleMessages.UserNotFound;
        return RedirectToPage("Index");
    }
}
