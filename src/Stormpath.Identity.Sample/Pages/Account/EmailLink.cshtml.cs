using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity.Sample.Pages.Account;

/// <summary>
/// Where every link in the directory's emails lands (<c>?sptoken=…</c>): the directory has one link base for its
/// verification and its password reset emails (stormpath-api.md §7), so this page tells the two apart and sends the
/// person on to the right form.
/// </summary>
public sealed class EmailLinkModel(IStormpathClient client, IOptions<StormpathOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sptoken")]
    public string? Token { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Token))
        {
            return Page();
        }

        // A reset token can be looked at without using it up (GET passwordResetTokens/{token}, §7.1); a verification
        // token cannot, so anything that is not a live reset token goes to the confirmation form, which uses the token
        // only when the person confirms. Opening the link therefore changes nothing, whoever follows it.
        var applicationHref = options.Value.ApplicationHref
            ?? throw new InvalidOperationException("Stormpath:ApplicationHref is not set.");
        var reset = await client.VerifyPasswordResetTokenAsync(applicationHref, Token, cancellationToken);
        return RedirectToPage(reset is null ? "ConfirmEmail" : "ResetPassword", new { sptoken = Token });
    }
}
