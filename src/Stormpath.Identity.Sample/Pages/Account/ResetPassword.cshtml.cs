using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

/// <summary>The page the directory's password reset email links to (<c>?sptoken=…</c>, stormpath-api.md §7.1).</summary>
public sealed class ResetPasswordModel(UserManager<StormpathUser> userManager) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sptoken")]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkInvalid { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Token) || !ModelState.IsValid)
        {
            return Page();
        }

        var user = await userManager.FindByEmailAsync(Input.Email);
        var result = user is null ? null : await userManager.ResetPasswordAsync(user, Token, Input.Password);
        if (result is null || result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            LinkInvalid = true;
            ModelState.AddModelError(string.Empty, SampleMessages.ResetLinkInvalid);
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            return Page();
        }

        TempData["Status"] = SampleMessages.PasswordReset;
        return RedirectToPage("SignIn");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a new password.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type the password again.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirm the new password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
