using Stormpath.Identity.Sample.Hosting;

namespace Stormpath.Identity.Sample;

/// <summary>The sample app, built and ready to start, with what a person or a test needs to find its way around it.</summary>
public sealed class SampleHost : IAsyncDisposable
{
    internal SampleHost(WebApplication app, Uri baseUrl, string dataDirectory, string mirror, EmbeddedDirectory? embeddedDirectory)
    {
        App = app;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
        Mirror = mirror;
        EmbeddedDirectory = embeddedDirectory;
    }

    /// <summary>Gets the web application.</summary>
    public WebApplication App { get; }

    /// <summary>Gets the app's services.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>Gets the URL to open in a browser, ending in <c>/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the absolute path of the data folder.</summary>
    public string DataDirectory { get; }

    /// <summary>Gets where the local Identity mirror is, as the start banner shows it.</summary>
    public string Mirror { get; }

    /// <summary>Gets the folder the embedded directory writes its emails to as <c>.eml</c> files, or
    /// <see langword="null"/> when the directory is external.</summary>
    public string? PickupDirectory => EmbeddedDirectory?.PickupDirectory;

    /// <summary>Gets the base URL of the directory's REST API.</summary>
    public Uri? DirectoryBaseUrl => EmbeddedDirectory?.BaseUrl;

    internal EmbeddedDirectory? EmbeddedDirectory { get; }

    /// <summary>Starts listening.</summary>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A task that completes when the app listens.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default) => App.StartAsync(cancellationToken);

    /// <summary>Stops the app, then the embedded directory.</summary>
    /// <returns>A task that completes when both have stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (EmbeddedDirectory is not null)
        {
            await EmbeddedDirectory.DisposeAsync();
        }
    }
}
