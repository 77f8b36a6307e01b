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

    public static TestClient Create(Uri baseUrl, string apiKeyId, string apiKeySecret, Action<StormpathClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        var logs = new CapturingLoggerProvider();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddStormpathClient(o =>
        {
            o.BaseUrl = baseUrl;
            o.ApiKeyId = apiKeyId;
            o.ApiKeySecret = apiKeySecret;
            configure?.Invoke(o);
        });
        services.Replace(ServiceDescriptor.Singleton(new StormpathEnvironment(_ => null)));
        var log = new RequestLog();
        services.AddHttpClient(StormpathClientServiceCollectionExtensions.HttpClientName)
            .AddHttpMessageHandler(() => new RecordingHandler(log));
        return new TestClient(services.BuildServiceProvider(validateScopes: true), log, logs);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
