using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Stormpath.Client;

namespace Stormpath.Identity.Sample.Pages.Account;

/// <summary>
/// Confirms an address with the token of the directory's verification email (<c>?sptoken=…</c>, stormpath-api.md
/// §7.2). The token is used by a POST, not by opening the link, so a mail scanner that follows links confirms nothing.
/// </summary>
/// <remarks>
/// The token is Stormpath's, not one of Identity's token providers', so the directory consumes it
/// (<see cref="IStormpathClient.VerifyEmailAsync"/>) and names the account it verified; the mirror row of that
/// account is then marked confirmed through <see cref="UserManager{TUser}"/>.
/// </remarks>
public sealed class ConfirmEmailModel(UserManager<StormpathUser> userManager, IStormpathClient client) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sptoken")]
    public string? Token { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Token))
        {
            return Page();
        }

        var verified = await client.VerifyEmailAsync(Token, cancellationToken);
        if (verified is null)
        {
            Failed = true;
            ModelState.AddModelError(string.Empty, SampleMessages.ConfirmationLinkInvalid);
            return Page();
        }

        var href = verified.Href.AbsoluteUri;
        var user = await userManager.Users.FirstOrDefaultAsync(u => u.AccountHref == href, cancellationToken);
        if (user is not null && !user.EmailConfirmed)
        {
            // The directory has verified and enabled the account (§7.2); the mirror says the same.
            user.EmailConfirmed = true;
            user.AccountStatus = StormpathAccountStatus.Enabled;
            var result = await userManager.UpdateAsync(user);
            if (!result.Succeeded)
            {
                ModelState.AddIdentityErrors(result);
                return Page();
            }
        }

        TempData["Status"] = SampleMessages.EmailConfirmed;
        return RedirectToPage("SignIn");
    }
}
