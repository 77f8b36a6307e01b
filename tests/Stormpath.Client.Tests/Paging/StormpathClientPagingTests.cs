using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Paging;

public sealed class StormpathClientPagingTests : ServerTestBase
{
    [Test]
    public async Task EnumerateAsync_SevenGroupsInPagesOfThree_ReadsEveryGroupOnceInThreeRequests()
    {
        var prefix = "page-" + Guid.NewGuid().ToString("N")[..8] + "-";
        for (var i = 0; i < 7; i++)
        {
            await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = prefix + i });
        }

        await using var client = CreateClient(o => o.PageSize = 3);
        var query = new StormpathQuery { OrderBy = "name" };
        query.Filters["name"] = prefix + "*";
        var names = new List<string?>();
        await foreach (var group in client.Client.EnumerateAsync<StormpathGroup>(DirectoryGroups, query))
        {
            names.Add(group.Name);
        }

        Assert.That(names, Is.EqualTo(Enumerable.Range(0, 7).Select(i => prefix + i)));
        Assert.That(client.Requests.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task GetPageAsync_LimitAndOffset_ReportTheTotalAsSize()
    {
        var prefix = "size-" + Guid.NewGuid().ToString("N")[..8] + "-";
        for (var i = 0; i < 4; i++)
        {
            await Sp.Client.CreateGroupAsync(DirectoryGroups, new StormpathGroupRequest { Name = prefix + i });
        }

        var query = new StormpathQuery { Offset = 1, Limit = 2 };
        query.Filters["name"] = prefix + "*";
        var page = await Sp.Client.GetPageAsync<StormpathGroup>(DirectoryGroups, query);

        Assert.That(page.Size, Is.EqualTo(4));
        Assert.That(page.Offset, Is.EqualTo(1));
        Assert.That(page.Limit, Is.EqualTo(2));
        Assert.That(page.Items, Has.Count.EqualTo(2));
    }
}
