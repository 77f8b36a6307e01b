using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Tenants;

public sealed class StormpathClientTenantTests : ServerTestBase
{
    [Test]
    public async Task GetCurrentTenant_FollowsTheRedirectAndReSignsIt()
    {
        var tenant = await Sp.Client.GetCurrentTenantAsync();

        Assert.That(tenant.Href, Is.EqualTo(new Uri(Provisioning.TenantHref.ToString())));
        var requests = Sp.Requests.Requests.TakeLast(2).ToList();
        Assert.That(requests[0].Uri.AbsolutePath, Is.EqualTo("/v1/tenants/current"));
        Assert.That(requests[1].Uri, Is.EqualTo(tenant.Href));
        Assert.That(requests[1].Header("Authorization"), Is.Not.EqualTo(requests[0].Header("Authorization")));
    }

    [Test]
    public async Task GetApplicationAndDirectory_ByTheirHrefs_ReadTheProvisionedResources()
    {
        var application = await Sp.Client.GetAsync<StormpathApplication>(ApplicationHref, ["tenant"]);
        var directory = await Sp.Client.GetAsync<StormpathDirectory>(DirectoryHref);

        Assert.That(application!.Status, Is.EqualTo(StormpathResourceStatus.Enabled));
        Assert.That(application.LoginAttempts!.Href.AbsoluteUri, Does.EndWith("/loginAttempts"));
        Assert.That(directory!.Accounts!.Href, Is.EqualTo(DirectoryAccounts));
    }
}
