using Microsoft.Extensions.Options;

namespace Stormpath.Client;

/// <summary>
/// Checks <see cref="StormpathClientOptions"/> at start (<c>ValidateOnStart</c>); every failure names the setting and
/// says how to set it.
/// </summary>
internal sealed class StormpathClientOptionsValidator : IValidateOptions<StormpathClientOptions>
{
    public ValidateOptionsResult Validate(string? name, StormpathClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseUrl is not { IsAbsoluteUri: true } baseUrl
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUrl.Query)
            || !string.IsNullOrEmpty(baseUrl.Fragment))
        {
            failures.Add(StormpathClientMessages.BaseUrlInvalid);
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyId))
        {
            failures.Add(StormpathClientMessages.ApiKeyIdMissing);
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeySecret))
        {
            failures.Add(StormpathClientMessages.ApiKeySecretMissing);
        }

        if (!Enum.IsDefined(options.AuthenticationScheme))
        {
            failures.Add(StormpathClientMessages.AuthenticationSchemeInvalid);
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add(StormpathClientMessages.TimeoutInvalid);
        }
        else if (options.TotalTimeout < options.Timeout || options.TotalTimeout > TimeSpan.FromMinutes(30))
        {
            failures.Add(StormpathClientMessages.TotalTimeoutInvalid);
        }

        if (options.PageSize is < 1 or > 100)
        {
            failures.Add(StormpathClientMessages.PageSizeInvalid);
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add(StormpathClientMessages.MaxRetriesInvalid);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
