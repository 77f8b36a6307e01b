using Stormpath.Server;

namespace Stormpath.Identity.Sample.Hosting;

/// <summary>
/// Stormpath.Server in this process on a loopback port, with its SQLite database, email pickup folder and keys in the
/// data folder. The first start provisions a tenant, application, directory and API key; later starts reuse them.
/// </summary>
internal sealed class EmbeddedDirectory : IAsyncDisposable
{
    private readonly StormpathServerHost? _server;

    private EmbeddedDirectory(StormpathServerHost? server, EmbeddedDirectoryState state, string stateFile, string pickupDirectory)
    {
        _server = server;
        State = state;
        StateFile = stateFile;
        PickupDirectory = pickupDirectory;
    }

    /// <summary>Gets the REST API base URL, ending in <c>/v1/</c>.</summary>
    public Uri BaseUrl => State.BaseUrl;

    /// <summary>Gets whether this process shares a directory another process of the sample started on the same data folder.</summary>
    public bool IsShared => _server is null;

    /// <summary>Gets what was provisioned, with the API key.</summary>
    public EmbeddedDirectoryState State { get; }

    /// <summary>Gets the file that keeps <see cref="State"/> between starts (readable by its owner only).</summary>
    public string StateFile { get; }

    /// <summary>Gets the folder the directory writes its emails to.</summary>
    public string PickupDirectory { get; }

    /// <summary>Starts the directory of a data folder, provisioning it on the first start.</summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="linkBaseUrl">The page the links in the directory's emails open.</param>
    /// <param name="shareRunning">Whether to use the directory of a sample already running on this data folder instead of
    /// starting one, as <c>make-admin</c> does while the app runs in another terminal.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The running directory.</returns>
    public static async Task<EmbeddedDirectory> StartAsync(string dataDirectory, Uri linkBaseUrl, bool shareRunning, CancellationToken cancellationToken)
    {
        var stateFile = Path.Combine(dataDirectory, EmbeddedDirectoryState.FileName);
        var previous = await EmbeddedDirectoryState.ReadAsync(stateFile, cancellationToken);
        var pickupDirectory = Path.Combine(dataDirectory, "mail");
        Directory.CreateDirectory(pickupDirectory);
        if (shareRunning && previous is not null && await IsUpAsync(previous.BaseUrl, cancellationToken))
        {
            return new EmbeddedDirectory(server: null, previous, stateFile, pickupDirectory);
        }

        // Every href the directory hands out carries its origin, and the mirror keeps those hrefs, so a later start
        // must listen on the port the first one picked.
        var port = previous?.Port ?? 0;
        var options = new StormpathServerOptions
        {
            DatabaseProvider = "Sqlite",
            ConnectionString = $"Data Source={Path.Combine(dataDirectory, "directory.db")}",
            ListenAddress = "127.0.0.1",
            Port = port,
            EmailPickupDirectory = pickupDirectory,
            DataProtectionKeysDirectory = Path.Combine(dataDirectory, "directory-keys"),

            // The directory sends verification and reset emails to one link base; the EmailLink page tells them apart.
            DefaultLinkBaseUrl = linkBaseUrl.ToString(),
        };

        StormpathServerHost server;
        try
        {
            // One log line per directory request would bury the app's own; the directory reports only problems.
            server = await StormpathServerHost.StartAsync(options, TimeProvider.System, logging => logging.SetMinimumLevel(LogLevel.Warning), cancellationToken);
        }
        catch (IOException ex) when (port != 0)
        {
            throw new InvalidOperationException(
                $"The embedded directory could not listen on 127.0.0.1:{port}, the port recorded in {stateFile} on its first start " +
                $"(the accounts' hrefs include it). Stop what is using that port, or start afresh by deleting the folder {dataDirectory}.", ex);
        }

        try
        {
            var provisioning = await server.ProvisionAsync(cancellationToken);
            var state = EmbeddedDirectoryState.From(server.BaseUrl, provisioning);
            await state.WriteAsync(stateFile, cancellationToken);
            return new EmbeddedDirectory(server, state, stateFile, pickupDirectory);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static async Task<bool> IsUpAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(baseUrl, "/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
