using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Stormpath.Identity;

/// <summary>Binds <see cref="StormpathOptions"/> from configuration and the environment variable Stormpath's SDKs used.</summary>
internal sealed class StormpathOptionsSetup(IConfiguration? configuration = null) : IConfigureOptions<StormpathOptions>
{
    /// <summary>The environment variable Stormpath's SDKs read the application href from.</summary>
    internal const string ApplicationHrefVariable = "STORMPATH_APPLICATION_HREF";

    public void Configure(StormpathOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (configuration is not null)
        {
            configuration.GetSection(StormpathOptions.SectionName).Bind(options);
        }

        // The SDKs' key path stormpath.application.href, as a section or as the environment variable.
        var href = configuration?[$"{StormpathOptions.SectionName}:Application:Href"]
            ?? configuration?[ApplicationHrefVariable]
            ?? Environment.GetEnvironmentVariable(ApplicationHrefVariable);
        if (options.ApplicationHref is null && !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            options.ApplicationHref = uri;
        }
    }
}
