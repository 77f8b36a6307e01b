using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Stormpath.Client;

/// <summary>
/// The client's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Stormpath.Client</c>, so that
/// OpenTelemetry picks them up with <c>AddSource("Stormpath.Client")</c> and <c>AddMeter("Stormpath.Client")</c>.
/// Tags are the HTTP method and status code only: never an href (it may hold a token) and never a secret.
/// </summary>
internal sealed class StormpathClientTelemetry : IDisposable
{
    public const string Name = "Stormpath.Client";
    public const string MethodTag = "http.request.method";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";

    /// <summary>Gets the activity source of every logical call.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, Version);

    private readonly Meter _meter;

    public StormpathClientTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(new MeterOptions(Name) { Version = Version });
        Requests = _meter.CreateCounter<long>("stormpath.client.requests", "{request}", "HTTP requests sent to Stormpath, one per attempt.");
        Failures = _meter.CreateCounter<long>("stormpath.client.request.failures", "{request}", "Attempts that got no complete response, or a 5xx or 429 answer.");
        Duration = _meter.CreateHistogram<double>("stormpath.client.request.duration", "s", "Duration of each attempt, until its body has arrived.");
    }

    /// <summary>Gets the library's version, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    public Counter<long> Requests { get; }

    public Counter<long> Failures { get; }

    public Histogram<double> Duration { get; }

    public void Dispose() => _meter.Dispose();

    private static string ReadVersion()
    {
        var informational = typeof(StormpathClientTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(StormpathClientTelemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
