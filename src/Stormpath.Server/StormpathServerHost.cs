using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Server.Hosting;
using Stormpath.Server.Resources;

namespace Stormpath.Server;

/// <summary>
/// A running Stormpath.Server in this process: migrated database, bound listener, REST API under <c>/v1/</c>.
/// </summary>
public sealed class StormpathServerHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _started;

    private StormpathServerHost(WebApplication app, bool started)
    {
        _app = app;
        _started = started;
    }

    /// <summary>Gets the API base URL, ending in <c>/v1/</c>, e.g. <c>http://127.0.0.1:43123/v1/</c>.</summary>
    public Uri BaseUrl => new(_app.Services.GetRequiredService<ResourceLinks>().Origin + "/v1/");

    /// <summary>Gets the server's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Migrates the database, binds the listener and starts serving, using the system clock.</summary>
    /// <param name="options">The server options.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The running server.</returns>
    public static Task<StormpathServerHost> StartAsync(StormpathServerOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>Migrates the database, binds the listener and starts serving, with the given clock.</summary>
    /// <param name="options">The server options.</param>
    /// <param name="timeProvider">The clock for timestamps, token expiry, lockouts and the SAuthc1 skew window.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The running server.</returns>
    public static Task<StormpathServerHost> StartAsync(StormpathServerOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default) =>
        CreateAsync(options, timeProvider, configure: null, listen: true, cancellationToken);

    /// <summary>
    /// Migrates the database, binds the listener and starts serving, with the given clock and logging. In-process
    /// hosts (tests, samples, benchmarks) use this to quieten the per-request log or to add their own providers.
    /// </summary>
    /// <param name="options">The server options.</param>
    /// <param name="timeProvider">The clock for timestamps, token expiry, lockouts and the SAuthc1 skew window.</param>
    /// <param name="configureLogging">Changes the logging set-up after the server's defaults (console, one Information line per request); may be null.</param>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The running server.</returns>
    public static Task<StormpathServerHost> StartAsync(
        StormpathServerOptions options,
        TimeProvider timeProvider,
        Action<ILoggingBuilder>? configureLogging,
        CancellationToken cancellationToken = default) =>
        CreateAsync(options, timeProvider, configureLogging is null ? null : builder => configureLogging(builder.Logging), listen: true, cancellationToken);

    /// <summary>Provisions the tenant, application, directory and admin key (what <c>init</c> does); idempotent.</summary>
    /// <param name="cancellationToken">The CancellationToken used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The provisioned hrefs and API key; the same on every call.</returns>
    public async Task<StormpathProvisioning> ProvisionAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Provisioner>().ProvisionAsync(cancellationToken);
    }

    /// <summary>Stops the server and releases its resources.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }

    internal Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    internal static async Task<StormpathServerHost> CreateAsync(
        StormpathServerOptions options,
        TimeProvider timeProvider,
        Action<WebApplicationBuilder>? configure,
        bool listen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Validate(options);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(StormpathServerHost).Assembly.GetName().Name });
        ServerComposition.AddServices(builder, options, timeProvider);
        configure?.Invoke(builder);
        var app = builder.Build();
        ServerComposition.UsePipeline(app);
        try
        {
            await DirectoryDatabase.MigrateAsync(app.Services, options, cancellationToken);
            if (listen)
            {
                await app.StartAsync(cancellationToken);
            }
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new StormpathServerHost(app, listen);
    }

    private static void Validate(StormpathServerOptions options)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            throw new InvalidOperationException(
                "Stormpath.Server options are invalid: " + string.Join(" ", results.Select(r => r.ErrorMessage))
                + " Fix the StormpathServer configuration section (or the StormpathServer__* environment variables).");
        }
    }
}
