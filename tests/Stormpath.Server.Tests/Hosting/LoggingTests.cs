using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Stormpath.Server.Tests.Hosting;

/// <summary>What the server logs: one line per request with its request id, and never a credential.</summary>
public sealed class LoggingTests(string provider) : ServerFixture(provider)
{
    private readonly RecordingProvider _records = new();

    [Test]
    public async Task Logs_AfterLoginsAndBadCredentials_NeverContainSecretsPasswordsOrAuthorization()
    {
        await using var host = await StormpathServerHost.StartAsync(Options, Clock, logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(_records);
        });
        var provisioning = await host.ProvisionAsync();
        using var client = new HttpClient { BaseAddress = host.BaseUrl };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{provisioning.ApiKeyId}:{provisioning.ApiKeySecret}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        const string password = "Sekr3t-Passw0rd";
        var email = $"{Unique("log")}@example.test";
        using (await client.PostAsync($"{provisioning.DirectoryHref}/accounts", Json(new JsonObject { ["email"] = email, ["password"] = password })))
        {
        }

        using (await client.PostAsync($"{provisioning.ApplicationHref}/loginAttempts", Json(new JsonObject { ["type"] = "basic", ["value"] = BasicValue(email, password + "x") })))
        {
        }

        using var wrong = new HttpClient { BaseAddress = host.BaseUrl };
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{provisioning.ApiKeyId}:wrong-secret")));
        using var rejected = await wrong.GetAsync(provisioning.ApplicationHref);

        var text = string.Join('\n', _records.Lines);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(rejected.Headers.GetValues("Stormpath-Request-Id").Single()), "the request line carries the request id");
            Assert.That(text, Does.Not.Contain(provisioning.ApiKeySecret));
            Assert.That(text, Does.Not.Contain(basic));
            Assert.That(text, Does.Not.Contain("wrong-secret"));
            Assert.That(text, Does.Not.Contain(password));
            Assert.That(text, Does.Not.Contain(BasicValue(email, password + "x")));
            Assert.That(text, Does.Not.Contain("Authorization").IgnoreCase);
        });
    }

    private sealed class RecordingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = new StringBuilder($"{category}: {formatter(state, exception)} {exception}");
                owner._scopes?.ForEachScope((scope, sb) => sb.Append(" | ").Append(scope is IEnumerable<KeyValuePair<string, object>> pairs ? string.Join(",", pairs) : scope), line);
                owner.Lines.Enqueue(line.ToString());
            }
        }
    }
}
