using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Stormpath.Client.Tests.Support;

/// <summary>One log event, fully rendered (message and exception text).</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Text);

/// <summary>Keeps every log event so tests can assert event ids and that no secret was written.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public string AllText => string.Join("\n", _entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception);
            entries.Enqueue(new CapturedLog(category, logLevel, eventId, text));
        }
    }
}
