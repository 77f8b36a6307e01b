using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

public sealed class RegisterModel(UserManager<StormpathUser> userManager) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new StormpathUser
        {
            UserName = Input.Email,
            Email = Input.Email,
            GivenName = Input.GivenName,
            Surname = Input.Surname,
        };

        // The directory sends the confirmation email itself when it creates the account (stormpath-api.md §7.2).
        var result = await userManager.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            return Page();
        }

        TempData["Status"] = SampleMessages.Registered;
        return RedirectToPage("SignIn");
    }

    public sealed class InputModel
    {
        [Display(Name = "Given name")]
        [StringLength(100)]
        public string? GivenName { get; set; }

        [Display(Name = "Surname")]
        [StringLength(100)]
        public string? Surname { get; set; }

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type the password again.")]
        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
