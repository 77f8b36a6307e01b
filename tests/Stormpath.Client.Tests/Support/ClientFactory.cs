using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Stormpath.Client.Tests.Support;

/// <summary>Builds a real <see cref="IStormpathClient"/> through <c>AddStormpathClient</c>, isolated from the process environment.</summary>
public sealed class TestClient : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestClient(ServiceProvider provider, RequestLog log, CapturingLoggerProvider logs)
    {
        _provider = provider;
        Requests = log;
        Logs = logs;
        Client = provider.GetRequiredService<IStormpathClient>();
    }

    public IStormpathClient Client { get; }

    public RequestLog Requests { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _provider;

    public static TestClient Create(Uri baseUrl, string apiKeyId, string apiKeySecret, Action<StormpathClientOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = Build(baseUrl, apiKeyId, apiKeySecret, configure, out var log, out var logs);
        services?.Invoke(collection);
        return new TestClient(collection.BuildServiceProvider(validateScopes: true), log, logs);
    }

    private static ServiceCollection Build(Uri baseUrl, string apiKeyId, string apiKeySecret, Action<StormpathClientOptions>? configure, out RequestLog log, out CapturingLoggerProvider logs)
    {
        var services = new ServiceCollection();
        var captured = new CapturingLoggerProvider();
        logs = captured;
        services.AddLogging(b => b.AddProvider(captured).SetMinimumLevel(LogLevel.Trace));
        services.AddStormpathClient(o =>
        {
            o.BaseUrl = baseUrl;
            o.ApiKeyId = apiKeyId;
            o.ApiKeySecret = apiKeySecret;
            configure?.Invoke(o);
        });
        services.Replace(ServiceDescriptor.Singleton(new StormpathEnvironment(_ => null)));
        var requests = new RequestLog();
        log = requests;
        services.AddHttpClient(StormpathClientServiceCollectionExtensions.HttpClientName)
            .AddHttpMessageHandler(() => new RecordingHandler(requests));
        return services;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
