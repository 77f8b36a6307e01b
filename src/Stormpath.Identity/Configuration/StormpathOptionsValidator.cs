using Microsoft.Extensions.Options;

namespace Stormpath.Identity;

/// <summary>Checks <see cref="StormpathOptions"/> at start and says how to fix what is wrong.</summary>
internal sealed class StormpathOptionsValidator : IValidateOptions<StormpathOptions>
{
    public ValidateOptionsResult Validate(string? name, StormpathOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ApplicationHref is null)
        {
            failures.Add(StormpathMessages.ApplicationHrefMissing);
        }
        else if (!options.ApplicationHref.IsAbsoluteUri
            || !options.ApplicationHref.AbsolutePath.Contains("/applications/", StringComparison.Ordinal))
        {
            failures.Add(StormpathMessages.ApplicationHrefInvalid(options.ApplicationHref));
        }

        if (options.MirrorMaxAge < TimeSpan.Zero)
        {
            failures.Add(StormpathMessages.MirrorMaxAgeNegative);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
