using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

/// <summary>
/// The page the directory's verification email links to (<c>?sptoken=…</c>, stormpath-api.md §7.2). The token is
/// consumed by a POST, not by opening the link, so a mail scanner that follows links cannot confirm an address.
/// </summary>
public sealed class ConfirmEmailModel(UserManager<StormpathUser> userManager) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sptoken")]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Token) || !ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Email);
        var result = user is null ? null : await userManager.ConfirmEmailAsync(user, Token);
        if (result is not { Succeeded: true })
        {
            Failed = true;
            ModelState.AddModelError(string.Empty, SampleMessages.ConfirmationLinkInvalid);
            return Page();
        }

        TempData["Status"] = SampleMessages.EmailConfirmed;
        return RedirectToPage("SignIn");
    }
}
