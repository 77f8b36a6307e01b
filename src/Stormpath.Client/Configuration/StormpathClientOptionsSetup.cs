using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Stormpath.Client;

/// <summary>
/// Fills <see cref="StormpathClientOptions"/> from the environment variables of Stormpath's SDKs
/// (<c>STORMPATH_CLIENT_APIKEY_ID</c>, <c>STORMPATH_CLIENT_APIKEY_SECRET</c>, <c>STORMPATH_CLIENT_APIKEY_FILE</c>,
/// <c>STORMPATH_CLIENT_BASEURL</c>, <c>STORMPATH_CLIENT_AUTHENTICATIONSCHEME</c>). Registered first, so the
/// <c>Stormpath:Client</c> configuration section and code override it.
/// </summary>
internal sealed class StormpathClientEnvironmentSetup : IConfigureOptions<StormpathClientOptions>
{
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        [StormpathClientSettings.ApiKeyId] = StormpathEnvironment.ApiKeyIdVariable,
        [StormpathClientSettings.ApiKeySecret] = StormpathEnvironment.ApiKeySecretVariable,
        [StormpathClientSettings.ApiKeyFile] = StormpathEnvironment.ApiKeyFileVariable,
        [StormpathClientSettings.BaseUrl] = StormpathEnvironment.BaseUrlVariable,
        [StormpathClientSettings.AuthenticationScheme] = StormpathEnvironment.AuthenticationSchemeVariable,
    };

    private readonly StormpathEnvironment _environment;

    public StormpathClientEnvironmentSetup(StormpathEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
    }

    public void Configure(StormpathClientOptions options) =>
        StormpathClientSettings.Apply(
            options,
            setting => Variables.TryGetValue(setting, out var variable) ? _environment.Get(variable) : null,
            setting => "The environment variable " + Variables[setting]);
}

/// <summary>
/// Fills <see cref="StormpathClientOptions"/> from a <c>Stormpath:Client</c> configuration section. The SDKs' nested
/// names <c>ApiKey:Id</c>, <c>ApiKey:Secret</c> and <c>ApiKey:File</c> are read too.
/// </summary>
internal sealed class StormpathClientConfigurationSetup : IConfigureOptions<StormpathClientOptions>
{
    private readonly IConfiguration? _section;

    /// <param name="configuration">The application's configuration, or its <c>Stormpath:Client</c> section; may be null.</param>
    public StormpathClientConfigurationSetup(IConfiguration? configuration)
    {
        _section = configuration switch
        {
            null => null,
            IConfigurationSection s when s.Path.EndsWith(StormpathClientMessages.Section, StringComparison.OrdinalIgnoreCase) => s,
            _ => configuration.GetSection(StormpathClientMessages.Section),
        };
    }

    public void Configure(StormpathClientOptions options)
    {
        if (_section is null)
        {
            return;
        }

        StormpathClientSettings.Apply(options, Read, setting => StormpathClientMessages.Section + ":" + setting);
    }

    private string? Read(string setting)
    {
        var value = _section![setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = setting switch
            {
                StormpathClientSettings.ApiKeyId => _section["ApiKey:Id"],
                StormpathClientSettings.ApiKeySecret => _section["ApiKey:Secret"],
                StormpathClientSettings.ApiKeyFile => _section["ApiKey:File"],
                _ => null,
            };
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}

/// <summary>
/// Finishes the options after every other source: adds the trailing slash a base URL needs for relative paths to
/// resolve under it, and reads <see cref="StormpathClientOptions.ApiKeyFile"/> for whichever of the id and secret is
/// still unset.
/// </summary>
internal sealed class StormpathClientPostSetup : IPostConfigureOptions<StormpathClientOptions>
{
    public void PostConfigure(string? name, StormpathClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is { IsAbsoluteUri: true } baseUrl && !baseUrl.AbsolutePath.EndsWith('/') && string.IsNullOrEmpty(baseUrl.Query))
        {
            options.BaseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyFile) || (options.ApiKeyId is not null && options.ApiKeySecret is not null))
        {
            return;
        }

        var path = ApiKeyProperties.ExpandHome(options.ApiKeyFile);
        if (!File.Exists(path))
        {
            throw Failure(StormpathClientMessages.ApiKeyFileMissing(options.ApiKeyFile));
        }

        try
        {
            var (id, secret) = ApiKeyProperties.Parse(File.ReadAllText(path));
            options.ApiKeyId ??= id;
            options.ApiKeySecret ??= secret;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw Failure(StormpathClientMessages.ApiKeyFileUnreadable(options.ApiKeyFile, e.Message));
        }
    }

    private static OptionsValidationException Failure(string message) =>
        new(Options.DefaultName, typeof(StormpathClientOptions), [message]);
}
