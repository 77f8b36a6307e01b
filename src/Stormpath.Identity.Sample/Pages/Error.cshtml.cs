using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Stormpath.Client;

namespace Stormpath.Identity.Sample.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Message { get; private set; } = "The request could not be completed.";

    public string? RequestId { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

        // A transport failure or a 5xx from the directory: the remote text is logged, never shown.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is StormpathException or HttpRequestException)
        {
            Message = SampleMessages.DirectoryUnavailable;
        }
    }
}
