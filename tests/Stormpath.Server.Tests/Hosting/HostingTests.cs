using System.Net;

namespace Stormpath.Server.Tests.Hosting;

public sealed class HostingTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Health_WithoutCredentials_ReturnsUp()
    {
        using var anonymous = CreateClient(null, null);
        using var response = await anonymous.GetAsync(new Uri(Host.BaseUrl, "/health"));
        var json = await ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json["status"]!.GetValue<string>(), Is.EqualTo("UP"));
        });
    }

    [Test]
    public void BaseUrl_EndsInV1_OnTheBoundLoopbackPort()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Host.BaseUrl.AbsolutePath, Is.EqualTo("/v1/"));
            Assert.That(Host.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(Host.BaseUrl.Port, Is.Not.EqualTo(0));
        });
    }

    [Test]
    public async Task TenantsCurrent_Authenticated_RedirectsToTheTenantWithAbsoluteLocation()
    {
        using var response = await Client.GetAsync("tenants/current");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location, Is.EqualTo(Provisioning.TenantHref));
            Assert.That(response.Headers.Contains("Stormpath-Request-Id"), Is.True);
        });

        var tenant = await GetJsonAsync(Provisioning.TenantHref.ToString());
        Assert.That(Href(tenant), Is.EqualTo(Provisioning.TenantHref.ToString()));
        Assert.That(Href(tenant["applications"]), Is.EqualTo($"{Provisioning.TenantHref}/applications"));
    }

    [Test]
    public async Task Provision_CalledAgain_ReturnsTheSameHrefsAndKey()
    {
        var again = await Host.ProvisionAsync();
        Assert.That(again, Is.EqualTo(Provisioning));
    }

    [Test]
    public async Task Request_WithoutCredentials_Returns401WithErrorBody()
    {
        using var anonymous = CreateClient(null, null);
        using var response = await anonymous.GetAsync(ApplicationHref);
        await AssertErrorAsync(response, 401, 401);
    }

    [Test]
    public async Task Request_WithWrongSecret_Returns401()
    {
        using var wrong = CreateClient(Provisioning.ApiKeyId, Provisioning.ApiKeySecret + "x");
        using var response = await wrong.GetAsync(ApplicationHref);
        await AssertErrorAsync(response, 401, 401);
    }

    [Test]
    public async Task Response_Json_HasStormpathMediaTypeAndRequestId()
    {
        using var response = await Client.GetAsync(ApplicationHref);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.NonValidated["Content-Type"].ToString(), Is.EqualTo("application/json;charset=UTF-8"));
            Assert.That(Guid.TryParse(response.Headers.GetValues("Stormpath-Request-Id").Single(), out _), Is.True);
        });
    }

    [Test]
    public async Task Application_Read_HasAbsoluteHrefsPlainLinksAndMillisecondTimestamps()
    {
        var application = await GetJsonAsync(ApplicationHref);
        Assert.Multiple(() =>
        {
            Assert.That(Href(application), Is.EqualTo(ApplicationHref));
            Assert.That(application["tenant"]!.AsObject().Count, Is.EqualTo(1), "a plain link is exactly {href}");
            Assert.That(Href(application["tenant"]), Is.EqualTo(Provisioning.TenantHref.ToString()));
            Assert.That(application["createdAt"]!.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
            Assert.That(application["defaultAccountStoreMapping"], Is.Not.Null);
        });
    }
}
