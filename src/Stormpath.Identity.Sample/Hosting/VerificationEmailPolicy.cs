using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Stormpath.Identity.Sample.Hosting;

/// <summary>
/// Turns on a directory's verification emails. Stormpath's directories start with them off (stormpath-api.md
/// §3.10); the sample's registration asks people to confirm their address, so its directory sends them.
/// </summary>
internal static class VerificationEmailPolicy
{
    /// <summary>Sets <c>verificationEmailStatus</c> to <c>ENABLED</c> on the directory's account creation policy; idempotent.</summary>
    /// <param name="baseUrl">The REST API base URL, ending in <c>/v1/</c>.</param>
    /// <param name="directoryHref">The directory.</param>
    /// <param name="apiKeyId">A tenant API key id.</param>
    /// <param name="apiKeySecret">Its secret.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A task that completes when the policy is saved.</returns>
    public static async Task EnableAsync(Uri baseUrl, Uri directoryHref, string apiKeyId, string apiKeySecret, CancellationToken cancellationToken)
    {
        // The policy shares the directory's id (§3.10); HTTP Basic is enough on loopback (§2.1).
        var policy = new Uri(baseUrl, $"accountCreationPolicies/{directoryHref.Segments[^1].TrimEnd('/')}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, policy)
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["verificationEmailStatus"] = "ENABLED" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{apiKeyId}:{apiKeySecret}")));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"The directory refused to turn on verification emails at {policy}: {(int)response.StatusCode} {body}");
        }
    }
}
