using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Applications;

public sealed class StormpathClientAccountStoreMappingTests : ServerTestBase
{
    [Test]
    public async Task CreateAccountStoreMapping_GroupAsStore_IsListedByTheApplication()
    {
        var group = await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = "store-" + Guid.NewGuid().ToString("N") });

        var mapping = await Sp.Client.CreateAccountStoreMappingAsync(new StormpathAccountStoreMappingCreateRequest
        {
            Application = new StormpathLink(ApplicationHref),
            AccountStore = new StormpathLink(group.Href),
        });
        var mappings = await Sp.Client.GetPageAsync<StormpathAccountStoreMapping>(new Uri(ApplicationHref.AbsoluteUri + "/accountStoreMappings"));

        Assert.That(mapping.AccountStore!.Href, Is.EqualTo(group.Href));
        Assert.That(mapping.Application!.Href, Is.EqualTo(ApplicationHref));
        Assert.That(mappings.Items.Select(m => m.Href), Does.Contain(mapping.Href));
    }
}
