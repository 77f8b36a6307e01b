using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

[Authorize]
public sealed class ProfileModel(UserManager<StormpathUser> userManager, SignInManager<StormpathUser> signInManager) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Input = new InputModel
        {
            GivenName = user.GivenName,
            MiddleName = user.MiddleName,
            Surname = user.Surname,
            Email = user.Email ?? "",
        };
        Roles = [.. await userManager.GetRolesAsync(user)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Roles = [.. await userManager.GetRolesAsync(user)];
        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.GivenName = Input.GivenName;
        user.MiddleName = Input.MiddleName;
        user.Surname = Input.Surname;

        // The user name is the email address, so both follow the new address. UpdateAsync normalises them and
        // writes the account through to the directory in one request.
        user.Email = Input.Email;
        user.UserName = Input.Email;
        var result = await userManager.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            return Page();
        }

        await signInManager.RefreshSignInAsync(user);
        TempData["Status"] = SampleMessages.ProfileSaved;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Display(Name = "Given name")]
        [StringLength(100)]
        public string? GivenName { get; set; }

        [Display(Name = "Middle name")]
        [StringLength(100)]
        public string? MiddleName { get; set; }

        [Display(Name = "Surname")]
        [StringLength(100)]
        public string? Surname { get; set; }

        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
