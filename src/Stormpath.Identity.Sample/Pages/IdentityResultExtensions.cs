using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Stormpath.Identity.Sample.Pages;

/// <summary>Shows the errors of an <see cref="IdentityResult"/> on a form.</summary>
public static class IdentityResultExtensions
{
    /// <summary>Adds each error of a failed result to the form's summary, once.</summary>
    /// <param name="modelState">The form's model state.</param>
    /// <param name="result">The failed result.</param>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);

        // The user name is the email address, so a taken address fails both checks; say it once.
        var errors = result.Errors.ToList();
        if (errors.Exists(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
        {
            errors.RemoveAll(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        }

        foreach (var description in errors.Select(e => e.Description).Distinct(StringComparer.Ordinal))
        {
            modelState.AddModelError(string.Empty, description);
        }
    }
}
