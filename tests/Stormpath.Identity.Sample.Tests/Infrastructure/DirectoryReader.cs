using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>
/// Reads accounts straight from the directory's REST API with HTTP Basic and the tenant's API key
/// (stormpath-api.md §2.1), past the app, its mirror and the client's cache: what it sees is what the server holds.
/// </summary>
internal sealed class DirectoryReader(Uri applicationHref, string apiKeyId, string apiKeySecret) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The account with that email among the application's accounts (§1.9 attribute search).</summary>
    public async Task<JsonElement> AccountAsync(string email)
    {
        var page = await GetAsync($"{applicationHref.AbsoluteUri}/accounts?email={Uri.EscapeDataString(email)}");
        var items = page.GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(1), $"the directory holds {items.GetArrayLength()} accounts with the email {email}");
        return items[0];
    }

    /// <summary>The names of the groups the account with that email belongs to.</summary>
    public async Task<IReadOnlyList<string>> GroupNamesAsync(string email)
    {
        var account = await AccountAsync(email);
        var groups = await GetAsync(account.GetProperty("groups").GetProperty("href").GetString()!);
        return [.. groups.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("name").GetString()!)];
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{apiKeyId}:{apiKeySecret}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {url}: the directory answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
