using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity.Sample.Pages.Account;

public sealed class ResendConfirmationModel(UserManager<StormpathUser> userManager, IStormpathClient client, IOptions<StormpathOptions> options) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The directory sends the email (stormpath-api.md §7.2). The answer is the same whether or not the address is
        // known or already confirmed, so the form cannot be used to probe for accounts.
        var user = await userManager.FindByEmailAsync(Email);
        if (user is not null && !await userManager.IsEmailConfirmedAsync(user) && options.Value.ApplicationHref is { } applicationHref)
        {
            try
            {
                await client.ResendVerificationEmailAsync(applicationHref, Email, cancellationToken: cancellationToken);
            }
            catch (StormpathException exception) when (exception.Status == HttpStatusCode.NotFound)
            {
                // The account went away between the two calls; the answer stays the same.
            }
        }

        TempData["Status"] = SampleMessages.ConfirmationResent;
        return RedirectToPage("SignIn");
    }
}
