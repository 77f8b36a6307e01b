using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Client;

namespace Stormpath.Benchmarks;

/// <summary>
/// The client's overhead: the same <c>loginAttempts</c> request sent through <see cref="IStormpathClient"/> and by a
/// bare <see cref="HttpClient"/>. The directory runs with a low bcrypt work factor so the hash does not hide the
/// cost of the client.
/// </summary>
internal static class ClientBenchmarks
{
    private const int WorkFactor = 4;

    public static async Task RunAsync(BenchSettings settings)
    {
        Report.Heading($"Stormpath.Client (loginAttempts round trip, bcrypt work factor {WorkFactor}, {settings.Workers} workers)");
        await using var directory = await BenchDirectory.StartAsync(WorkFactor);
        using var http = directory.CreateBasicHttpClient();
        const string Email = "bench.client@example.test";
        const string Password = "Bench-Passw0rd!";
        await directory.CreateAccountAsync(http, Email, Password);

        await using var basic = CreateClient(directory, StormpathAuthenticationScheme.Basic);
        await using var sauthc1 = CreateClient(directory, StormpathAuthenticationScheme.SAuthc1);
        var basicClient = basic.GetRequiredService<IStormpathClient>();
        var sauthc1Client = sauthc1.GetRequiredService<IStormpathClient>();
        var application = directory.Provisioning.ApplicationHref;

        var loginBody = JsonSerializer.Serialize(new
        {
            type = "basic",
            value = Convert.ToBase64String(Encoding.UTF8.GetBytes(Email + ":" + Password)),
        });
        var loginUri = new Uri(application + "/loginAttempts?expand=account");

        var results = await Measurement.InterleavedAsync(
            settings,
            ("bare HttpClient, Basic", async ct =>
            {
                using var content = new StringContent(loginBody, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(loginUri, content, ct);
                BenchDirectory.EnsureSuccess(response, "loginAttempts");
                await response.Content.ReadAsByteArrayAsync(ct);
            }, settings.Workers),
            ("IStormpathClient.AuthenticateAsync, Basic", async ct =>
                await basicClient.AuthenticateAsync(application, Email, Password, cancellationToken: ct), settings.Workers),
            ("IStormpathClient.AuthenticateAsync, SAuthc1", async ct =>
                await sauthc1Client.AuthenticateAsync(application, Email, Password, cancellationToken: ct), settings.Workers));

        foreach (var result in results)
        {
            Report.Line(result);
        }

        Report.Ratio("client (Basic) / bare HttpClient", results[1].PerSecond / results[0].PerSecond,
            "1.0 = the client costs nothing over a hand-written request");
        Report.Ratio("client (SAuthc1) / bare HttpClient", results[2].PerSecond / results[0].PerSecond,
            "adds the signature and the server's nonce ledger");
    }

    private static ServiceProvider CreateClient(BenchDirectory directory, StormpathAuthenticationScheme scheme)
    {
        var services = new ServiceCollection();
        services.AddStormpathClient(options =>
        {
            options.BaseUrl = directory.Host.BaseUrl;
            options.ApiKeyId = directory.Provisioning.ApiKeyId;
            options.ApiKeySecret = directory.Provisioning.ApiKeySecret;
            options.AuthenticationScheme = scheme;
        });
        return services.BuildServiceProvider();
    }
}
