namespace Stormpath.Client;

/// <summary>
/// Reads the environment variables Stormpath's SDKs used. A seam so tests can give the client an environment without
/// changing the process's.
/// </summary>
internal sealed class StormpathEnvironment
{
    public const string ApiKeyIdVariable = "STORMPATH_CLIENT_APIKEY_ID";
    public const string ApiKeySecretVariable = "STORMPATH_CLIENT_APIKEY_SECRET";
    public const string ApiKeyFileVariable = "STORMPATH_CLIENT_APIKEY_FILE";
    public const string BaseUrlVariable = "STORMPATH_CLIENT_BASEURL";
    public const string AuthenticationSchemeVariable = "STORMPATH_CLIENT_AUTHENTICATIONSCHEME";

    private readonly Func<string, string?> _read;

    public StormpathEnvironment()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    public StormpathEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
    }

    public string? Get(string name)
    {
        var value = _read(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
