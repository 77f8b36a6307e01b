using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages;

public sealed class IndexModel(UserManager<StormpathUser> userManager) : PageModel
{
    public string? DisplayName { get; private set; }

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var user = await userManager.GetUserAsync(User);
        DisplayName = user is null ? null : string.IsNullOrWhiteSpace(user.GivenName) ? user.Email : $"{user.GivenName} ({user.Email})";
    }
}
