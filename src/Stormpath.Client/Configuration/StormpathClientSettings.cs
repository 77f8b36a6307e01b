using System.Globalization;
using Microsoft.Extensions.Options;

namespace Stormpath.Client;

/// <summary>
/// Applies settings read as text (from configuration or the environment) to <see cref="StormpathClientOptions"/>.
/// A malformed value stops the application at start with a message that names where the value came from and what
/// it should look like; a secret's value is never repeated.
/// </summary>
internal static class StormpathClientSettings
{
    public const string BaseUrl = nameof(StormpathClientOptions.BaseUrl);
    public const string ApiKeyId = nameof(StormpathClientOptions.ApiKeyId);
    public const string ApiKeySecret = nameof(StormpathClientOptions.ApiKeySecret);
    public const string ApiKeyFile = nameof(StormpathClientOptions.ApiKeyFile);
    public const string AuthenticationScheme = nameof(StormpathClientOptions.AuthenticationScheme);
    public const string Timeout = nameof(StormpathClientOptions.Timeout);
    public const string TotalTimeout = nameof(StormpathClientOptions.TotalTimeout);
    public const string PageSize = nameof(StormpathClientOptions.PageSize);
    public const string MaxRetries = nameof(StormpathClientOptions.MaxRetries);

    /// <summary>Applies every setting that <paramref name="read"/> has a value for.</summary>
    /// <param name="options">The options to change.</param>
    /// <param name="read">Reads the text of a setting by its option name; <see langword="null"/> when it is not set.</param>
    /// <param name="source">Names where a setting comes from, for messages (e.g. <c>Stormpath:Client:Timeout</c>).</param>
    public static void Apply(StormpathClientOptions options, Func<string, string?> read, Func<string, string> source)
    {
        if (read(BaseUrl) is { } baseUrl)
        {
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
                ? uri
                : throw Malformed(source(BaseUrl), "an absolute URL such as https://api.stormpath.com/v1/");
        }

        if (read(ApiKeyId) is { } id)
        {
            options.ApiKeyId = id;
        }

        if (read(ApiKeySecret) is { } secret)
        {
            options.ApiKeySecret = secret;
        }

        if (read(ApiKeyFile) is { } file)
        {
            options.ApiKeyFile = file;
        }

        if (read(AuthenticationScheme) is { } scheme)
        {
            options.AuthenticationScheme = Enum.TryParse<StormpathAuthenticationScheme>(scheme, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(scheme[0])
                ? parsed
                : throw Malformed(source(AuthenticationScheme), "SAuthc1 or Basic");
        }

        if (read(Timeout) is { } timeout)
        {
            options.Timeout = ParseDuration(timeout, source(Timeout));
        }

        if (read(TotalTimeout) is { } totalTimeout)
        {
            options.TotalTimeout = ParseDuration(totalTimeout, source(TotalTimeout));
        }

        if (read(PageSize) is { } pageSize)
        {
            options.PageSize = ParseInt(pageSize, source(PageSize));
        }

        if (read(MaxRetries) is { } maxRetries)
        {
            options.MaxRetries = ParseInt(maxRetries, source(MaxRetries));
        }
    }

    /// <summary>A duration as a TimeSpan (<c>00:00:30</c>) or, as the SDKs' <c>connectionTimeout</c>, whole seconds (<c>30</c>).</summary>
    private static TimeSpan ParseDuration(string text, string source) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span
        : throw Malformed(source, "a duration such as 00:00:30 (or a number of seconds)");

    private static int ParseInt(string text, string source) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(source, "a whole number");

    private static OptionsValidationException Malformed(string source, string expected) =>
        new(Options.DefaultName, typeof(StormpathClientOptions), [StormpathClientMessages.SettingMalformed(source, expected)]);
}
