using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Stormpath.Server.Auth;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Server.Tests.Auth;

public sealed class SAuthc1AuthenticationTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task SignedGet_WithTheTenantKey_Returns200()
    {
        using var response = await SendSignedAsync(HttpMethod.Get, ApplicationHref + "?expand=tenant", null, Clock.GetUtcNow(), Guid.NewGuid().ToString());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task SignedPost_WithBody_CreatesTheResource()
    {
        var body = new JsonObject { ["name"] = Unique("signed") }.ToJsonString();
        using var response = await SendSignedAsync(HttpMethod.Post, $"{Host.BaseUrl}directories", body, Clock.GetUtcNow(), Guid.NewGuid().ToString());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task SignedPost_BodyChangedAfterSigning_Returns401()
    {
        var signedBody = new JsonObject { ["name"] = Unique("a") }.ToJsonString();
        using var response = await SendSignedAsync(HttpMethod.Post, $"{Host.BaseUrl}directories", signedBody, Clock.GetUtcNow(), Guid.NewGuid().ToString(),
            sentBody: new JsonObject { ["name"] = Unique("b") }.ToJsonString());
        await AssertErrorAsync(response, 401, 401);
    }

    [Test]
    public async Task SignedRequest_ReplayedNonce_Returns401()
    {
        var nonce = Guid.NewGuid().ToString();
        var time = Clock.GetUtcNow();
        using var first = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, time, nonce);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var replay = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, time, nonce);
        var error = await AssertErrorAsync(replay, 401, 401);
        Assert.That(error["developerMessage"]!.GetValue<string>(), Does.Contain("nonce"));
    }

    [Test]
    public async Task SignedRequest_OutsideTheSkewWindow_Returns401()
    {
        var stale = Clock.GetUtcNow() - Options.SAuthc1ClockSkew - TimeSpan.FromMinutes(1);
        using var response = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, stale, Guid.NewGuid().ToString());
        var error = await AssertErrorAsync(response, 401, 401);
        Assert.That(error["developerMessage"]!.GetValue<string>(), Does.Contain("skew"));
    }

    [Test]
    public async Task SignedRequest_WrongSecret_Returns401()
    {
        using var response = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, Clock.GetUtcNow(), Guid.NewGuid().ToString(), secret: "not-the-secret");
        await AssertErrorAsync(response, 401, 401);
    }

    [Test]
    public async Task Request_WithADisabledKey_Returns401ForBasicAndSAuthc1()
    {
        var (keyId, secret) = await AddTenantKeyAsync("DISABLED");
        using var basic = CreateClient(keyId, secret);
        using var basicResponse = await basic.GetAsync(ApplicationHref);
        await AssertErrorAsync(basicResponse, 401, 401);
        using var signed = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, Clock.GetUtcNow(), Guid.NewGuid().ToString(), keyId, secret);
        await AssertErrorAsync(signed, 401, 401);
    }

    [Test]
    public async Task ExpiredNonces_ArePurged_LiveOnesKept()
    {
        using var response = await SendSignedAsync(HttpMethod.Get, ApplicationHref, null, Clock.GetUtcNow(), Guid.NewGuid().ToString());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var purger = Host.Services.GetRequiredService<NoncePurger>();
        await purger.PurgeAsync(CancellationToken.None);
        Assert.That(await CountNoncesAsync(), Is.GreaterThanOrEqualTo(1), "a nonce inside the window stays");

        // Advancing the clock also wakes the background purger; either of them may do the deleting.
        Clock.Advance(Options.SAuthc1ClockSkew * 3);
        await purger.PurgeAsync(CancellationToken.None);
        Assert.That(await CountNoncesAsync(), Is.EqualTo(0));
    }

    private async Task<int> CountNoncesAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StormpathServerDbContext>();
        return await db.Nonces.CountAsync();
    }

    private async Task<(string KeyId, string Secret)> AddTenantKeyAsync(string status)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StormpathServerDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<ApiKeySecretProtector>();
        var tenantId = Provisioning.TenantHref.Segments[^1];
        var secret = ResourceIds.NewApiKeySecret();
        var key = new ApiKeyRecord
        {
            Id = ResourceIds.NewApiKeyId(), TenantId = tenantId, ProtectedSecret = protector.Protect(secret), Status = status,
            CreatedAt = Clock.GetUtcNow().UtcDateTime, ModifiedAt = Clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return (key.Id, secret);
    }

    private async Task<HttpResponseMessage> SendSignedAsync(
        HttpMethod method, string url, string? body, DateTimeOffset time, string nonce,
        string? keyId = null, string? secret = null, string? sentBody = null)
    {
        var uri = new Uri(url);
        var bytes = Encoding.UTF8.GetBytes(body ?? "");
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", SAuthc1Signer.HostHeaderValue(uri)),
            new("X-Stormpath-Date", SAuthc1Crypto.FormatTimestamp(time)),
        };
        if (body is not null)
        {
            headers.Add(new("Content-Type", "application/json"));
        }

        var header = SAuthc1Signer.Sign(method.Method, uri.AbsolutePath, uri.Query, headers, SAuthc1Crypto.BodyHash(bytes),
            keyId ?? Provisioning.ApiKeyId, secret ?? Provisioning.ApiKeySecret, time, nonce);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("X-Stormpath-Date", SAuthc1Crypto.FormatTimestamp(time));
        request.Headers.TryAddWithoutValidation("Authorization", header.ToString());
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(sentBody ?? body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        using var anonymous = CreateClient(null, null);
        return await anonymous.SendAsync(request);
    }
}
