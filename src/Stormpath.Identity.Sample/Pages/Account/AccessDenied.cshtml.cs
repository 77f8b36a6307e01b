using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Stormpath.Identity.Sample.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
