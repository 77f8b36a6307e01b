using System.Net;

namespace Stormpath.Server.Tests.Tenants;

/// <summary>The tenant (§3.1): <c>/tenants/current</c>, the tenant resource and its collections.</summary>
public sealed class TenantEndpointsTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Current_Returns302ToTheTenantsAbsoluteHref()
    {
        using var response = await Client.GetAsync("/v1/tenants/current");
        var location = response.Headers.Location!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(location.IsAbsoluteUri, Is.True);
            Assert.That(location.ToString(), Does.StartWith(Host.BaseUrl + "tenants/"));
            Assert.That(response.Headers.Contains("Stormpath-Request-Id"), Is.True);
        });

        var tenant = await GetJsonAsync(location.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(Href(tenant), Is.EqualTo(location.ToString()));
            Assert.That(tenant["name"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(tenant["key"]!.GetValue<string>(), Does.Match("^[a-z]([a-z-]*[a-z])?$"));
            Assert.That(Href(tenant["applications"]), Is.EqualTo($"{location}/applications"));
            Assert.That(Href(tenant["customData"]), Is.EqualTo($"{location}/customData"));
        });
    }

    [Test]
    public async Task Current_KeepsTheQueryOnTheRedirect()
    {
        using var response = await Client.GetAsync("/v1/tenants/current?expand=applications");
        Assert.That(response.Headers.Location!.Query, Is.EqualTo("?expand=applications"));
    }

    [Test]
    public async Task Current_WithoutCredentials_Returns401()
    {
        using var anonymous = CreateClient(null, null);
        using var response = await anonymous.GetAsync("/v1/tenants/current");
        await AssertErrorAsync(response, 401, 401);
    }

    [Test]
    public async Task Collections_ListTheProvisionedResources()
    {
        using var redirect = await Client.GetAsync("/v1/tenants/current");
        var tenant = redirect.Headers.Location!.ToString();
        var applications = await GetJsonAsync($"{tenant}/applications");
        var directories = await GetJsonAsync($"{tenant}/directories");
        var expanded = await GetJsonAsync($"{tenant}?expand=applications(limit:1),directories");
        Assert.Multiple(() =>
        {
            Assert.That(ItemHrefs(applications), Does.Contain(ApplicationHref));
            Assert.That(ItemHrefs(directories), Does.Contain(DirectoryHref));
            Assert.That(expanded["applications"]!["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(expanded["directories"]!["size"]!.GetValue<int>(), Is.EqualTo(directories["size"]!.GetValue<int>()));
        });
    }

    [Test]
    public async Task Get_AnotherTenantId_Returns404()
    {
        using var response = await Client.GetAsync("/v1/tenants/someoneElse");
        await AssertErrorAsync(response, 404, 404);
    }

    [Test]
    public async Task Delete_Tenant_IsNotAllowed()
    {
        using var redirect = await Client.GetAsync("/v1/tenants/current");
        using var response = await Client.DeleteAsync(redirect.Headers.Location);
        Assert.That((int)response.StatusCode, Is.EqualTo(405));
    }
}
