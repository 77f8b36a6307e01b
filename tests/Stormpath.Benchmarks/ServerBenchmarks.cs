using System.Text;
using System.Text.Json;

namespace Stormpath.Benchmarks;

/// <summary>
/// The directory server on its own: password checks through <c>loginAttempts</c> against bare bcrypt
/// verifications at the same work factor on the same machine, and account reads.
/// </summary>
internal static class ServerBenchmarks
{
    public static async Task RunAsync(BenchSettings settings)
    {
        Report.Heading($"Stormpath.Server (SQLite, bcrypt work factor {settings.WorkFactor}, {settings.Workers} workers)");
        await using var directory = await BenchDirectory.StartAsync(settings.WorkFactor);
        using var http = directory.CreateBasicHttpClient();

        const string Password = "Bench-Passw0rd!";
        var account = await directory.CreateAccountAsync(http, "bench.login@example.test", Password);
        var loginBody = JsonSerializer.Serialize(new
        {
            type = "basic",
            value = Convert.ToBase64String(Encoding.UTF8.GetBytes("bench.login@example.test:" + Password)),
        });
        var loginUri = new Uri(directory.Provisioning.ApplicationHref + "/loginAttempts");

        var bcryptHash = BCrypt.Net.BCrypt.HashPassword(Password, settings.WorkFactor);
        var results = await Measurement.InterleavedAsync(
            settings,
            ("bare bcrypt verifications", _ => Task.Run(() =>
            {
                if (!BCrypt.Net.BCrypt.Verify(Password, bcryptHash))
                {
                    throw new InvalidOperationException("The benchmark's own bcrypt hash did not verify.");
                }
            }), settings.Workers),
            ("loginAttempts (HTTP, Basic auth)", async ct =>
            {
                using var content = new StringContent(loginBody, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(loginUri, content, ct);
                BenchDirectory.EnsureSuccess(response, "loginAttempts");
            }, settings.Workers),
            ("account reads (GET /accounts/{id})", async ct =>
            {
                using var response = await http.GetAsync(account, ct);
                BenchDirectory.EnsureSuccess(response, "account read");
            }, settings.Workers * 2));
        var (bcrypt, logins, reads) = (results[0], results[1], results[2]);

        Report.Line(bcrypt);
        Report.Line(logins);
        Report.Line(reads);
        Report.Ratio("loginAttempts / bare bcrypt", logins.PerSecond / bcrypt.PerSecond,
            "1.0 = the server adds nothing to the hash; lower = request overhead");
    }
}
