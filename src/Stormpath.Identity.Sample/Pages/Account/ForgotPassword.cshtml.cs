using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

public sealed class ForgotPasswordModel(StormpathUserManager userManager) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The directory emails the reset link itself (stormpath-api.md §7.1). The answer is the same whether or not
        // the address is known, so the form cannot be used to probe for accounts.
        var user = await userManager.FindByEmailAsync(Email);
        if (user is not null)
        {
            await userManager.SendStormpathPasswordResetEmailAsync(user);
        }

        TempData["Status"] = SampleMessages.ResetRequested;
        return RedirectToPage("SignIn");
    }
}
