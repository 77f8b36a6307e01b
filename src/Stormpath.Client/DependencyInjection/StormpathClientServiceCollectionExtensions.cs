using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using Stormpath.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="IStormpathClient"/> with an <see cref="IServiceCollection"/>.</summary>
public static class StormpathClientServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client under <see cref="IStormpathClient"/>.</summary>
    internal const string HttpClientName = "Stormpath.Client";

    // One settings object for the process: the serializer and its options are never created per call. Refit gets its
    // own copy of the options, because it adds the source-generated context to them.
    private static readonly RefitSettings RefitSettings = new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(StormpathJson.Options)));

    /// <summary>
    /// Registers <see cref="IStormpathClient"/>, with <see cref="StormpathClientOptions"/> read from the
    /// <c>STORMPATH_CLIENT_*</c> environment variables, then the <c>Stormpath:Client</c> section of the application's
    /// <see cref="IConfiguration"/> (when one is registered), then <paramref name="configure"/>; later sources win.
    /// The options are validated when the application starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options in code; <see langword="null"/> for none.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <remarks>Safe to call more than once: the client is registered once, and each call's settings are applied in order.</remarks>
    public static IServiceCollection AddStormpathClient(this IServiceCollection services, Action<StormpathClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    /// <summary>
    /// Registers <see cref="IStormpathClient"/> like <see cref="AddStormpathClient(IServiceCollection, Action{StormpathClientOptions}?)"/>,
    /// and also reads the <c>Stormpath:Client</c> section of <paramref name="configuration"/> (or
    /// <paramref name="configuration"/> itself when it is that section).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration holding the <c>Stormpath:Client</c> section.</param>
    /// <param name="configure">Sets options in code, after the configuration; <see langword="null"/> for none.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddStormpathClient(this IServiceCollection services, IConfiguration configuration, Action<StormpathClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services);
        services.AddSingleton<IConfigureOptions<StormpathClientOptions>>(new StormpathClientConfigurationSetup(configuration));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(StormpathClientMarker)))
        {
            return;
        }

        services.AddSingleton<StormpathClientMarker>();
        services.AddOptions<StormpathClientOptions>().ValidateOnStart();
        services.TryAddSingleton<StormpathEnvironment>();
        services.AddSingleton<IConfigureOptions<StormpathClientOptions>, StormpathClientEnvironmentSetup>();
        services.AddSingleton<IConfigureOptions<StormpathClientOptions>>(sp => new StormpathClientConfigurationSetup(sp.GetService<IConfiguration>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<StormpathClientOptions>, StormpathClientPostSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StormpathClientOptions>, StormpathClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddMetrics();
        services.TryAddSingleton<StormpathClientTelemetry>();
        services.TryAddTransient<StormpathTelemetryHandler>();
        services.TryAddTransient<StormpathRedirectHandler>();
        services.TryAddTransient<StormpathAuthenticationHandler>();

        // Outermost first: resilience (total timeout, retry, circuit breaker, attempt timeout), then per-attempt
        // telemetry, redirects, and signing last, right before the socket, so the signature covers the final request.
        services.AddRefitGeneratedClient<IStormpathApi>(StormpathJsonContext.Default, _ => RefitSettings, HttpClientName, allowReflectionFallback: true)
            .ConfigureHttpClient((sp, client) =>
            {
                var options = sp.GetRequiredService<IOptions<StormpathClientOptions>>().Value;
                client.BaseAddress = new Uri(options.BaseUrl.GetLeftPart(UriPartial.Authority));

                // The resilience pipeline's total timeout ends calls; this only backs it up.
                client.Timeout = options.TotalTimeout + TimeSpan.FromSeconds(5);
                client.DefaultRequestHeaders.UserAgent.ParseAdd(StormpathUserAgent.Value);
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler(StormpathResilience.PipelineName, (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<StormpathClientOptions>>().Value;
                var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Stormpath.Client.Resilience");
                StormpathResilience.Configure(builder, options, logger, context.ServiceProvider.GetRequiredService<TimeProvider>());
            })
            .Services.AddHttpClient(HttpClientName)

            // The factory's own logging writes full request URIs, which carry reset and verification tokens and
            // search terms such as email addresses; the telemetry handler logs redacted paths instead.
            .RemoveAllLoggers()
            .AddHttpMessageHandler<StormpathTelemetryHandler>()
            .AddHttpMessageHandler<StormpathRedirectHandler>()
            .AddHttpMessageHandler<StormpathAuthenticationHandler>();
        services.TryAddTransient<IStormpathClient, StormpathClient>();
    }

    /// <summary>Marks a service collection the client was added to, so a second call adds settings but not a second pipeline.</summary>
    private sealed class StormpathClientMarker;
}
