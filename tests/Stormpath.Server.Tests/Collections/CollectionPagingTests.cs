using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Collections;

/// <summary>Paging, <c>size</c>, the collection href and <c>expand</c> (§1.6, §1.7, §13).</summary>
public sealed class CollectionPagingTests(string provider) : ServerFixture(provider)
{
    private JsonObject _directory = null!;
    private List<string> _groupHrefs = null!;

    [OneTimeSetUp]
    public async Task CreateGroupsAsync()
    {
        _directory = await CreateDirectoryAsync();
        _groupHrefs = [];
        for (var i = 0; i < 30; i++)
        {
            // Default order is creation time: make it differ.
            Clock.Advance(TimeSpan.FromMilliseconds(5));
            _groupHrefs.Add(Href(await CreateGroupAsync($"g{i:D2}", Href(_directory))));
        }
    }

    private string Groups => $"{Href(_directory)}/groups";

    [Test]
    public async Task Get_NoPaging_ReturnsFirst25AndTotalSize()
    {
        var page = await GetJsonAsync(Groups);
        Assert.Multiple(() =>
        {
            Assert.That(page["offset"]!.GetValue<int>(), Is.EqualTo(0));
            Assert.That(page["limit"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(30));
            Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(25));
            Assert.That(Href(page), Is.EqualTo($"{Groups}?offset=0&limit=25"));
        });
    }

    [Test]
    public async Task Get_OffsetAndLimit_ReturnsThatSliceInNameOrder()
    {
        var page = await GetJsonAsync($"{Groups}?offset=27&limit=10&orderBy=name");
        Assert.Multiple(() =>
        {
            Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(30));
            Assert.That(page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "g27", "g28", "g29" }));
            Assert.That(Href(page), Is.EqualTo($"{Groups}?offset=27&limit=10&orderBy=name"));
        });
    }

    [Test]
    public async Task Get_PagesWalkedByOffset_CoverEveryItemOnce()
    {
        var seen = new List<string>();
        for (var offset = 0; offset < 30; offset += 7)
        {
            seen.AddRange(ItemHrefs(await GetJsonAsync($"{Groups}?offset={offset}&limit=7")));
        }

        Assert.That(seen, Is.EquivalentTo(_groupHrefs));
    }

    [Test]
    public async Task Get_LimitAboveMaximum_IsCappedAt100()
    {
        var page = await GetJsonAsync($"{Groups}?limit=500");
        Assert.That(page["limit"]!.GetValue<int>(), Is.EqualTo(100));
    }

    [TestCase("limit=0", 2103)]
    [TestCase("limit=-1", 2103)]
    [TestCase("limit=ten", 2103)]
    [TestCase("offset=-1", 2103)]
    [TestCase("offset=1.5", 2103)]
    [TestCase("offset=1&offset=2", 2102)]
    [TestCase("expand=accounts(offset:x)", 2100)]
    [TestCase("expand=accounts(limit:0)", 2103)]
    [TestCase("expand=accounts(offset:0", 2100)]
    [TestCase("expand=nope", 2107)]
    [TestCase("nope=1", 2105)]
    public async Task Get_BadQuery_Returns400WithQueryCode(string query, int code)
    {
        using var response = await Client.GetAsync($"{Groups}?{query}");
        await AssertErrorAsync(response, 400, code);
    }

    [Test]
    public async Task Href_QueryWithReservedCharacters_EchoesOnlyUnreservedParameters()
    {
        var page = await GetJsonAsync($"{Groups}?limit=2&name=g0*&orderBy=name%20desc");
        var href = Href(page);
        Assert.Multiple(() =>
        {
            Assert.That(href, Does.StartWith($"{Groups}?offset=0&limit=2"));
            Assert.That(href, Does.Not.Contain("%"));
            Assert.That(href, Does.Not.Contain(" "));
            Assert.That(href, Does.Not.Contain("*"));
            Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(10));
        });
    }

    [Test]
    public async Task Expand_GroupsWithPaging_ReturnsRequestedSlice()
    {
        var directory = await GetJsonAsync($"{Href(_directory)}?expand=groups(offset:5,limit:3)");
        var groups = directory["groups"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(groups["offset"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(groups["limit"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(groups["size"]!.GetValue<int>(), Is.EqualTo(30));
            Assert.That(groups["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "g05", "g06", "g07" }));
            Assert.That(Href(groups), Is.EqualTo($"{Groups}?offset=5&limit=3"));
        });
    }

    [Test]
    public async Task Expand_EscapedForm_IsTheSameAsLiteral()
    {
        var literal = await GetJsonAsync($"{Href(_directory)}?expand=groups(offset:1,limit:2),tenant");
        var escaped = await GetJsonAsync($"{Href(_directory)}?expand=groups%28offset%3A1%2Climit%3A2%29%2Ctenant");
        Assert.Multiple(() =>
        {
            Assert.That(ItemHrefs(escaped["groups"]!.AsObject()), Is.EqualTo(ItemHrefs(literal["groups"]!.AsObject())));
            Assert.That(ItemHrefs(literal["groups"]!.AsObject()).Count(), Is.EqualTo(2));
            Assert.That(escaped["tenant"]!["name"], Is.Not.Null, "tenant expanded");
        });
    }

    [Test]
    public async Task Expand_WithoutPaging_UsesDefaultPage()
    {
        var directory = await GetJsonAsync($"{Href(_directory)}?expand=groups");
        Assert.Multiple(() =>
        {
            Assert.That(directory["groups"]!["limit"]!.GetValue<int>(), Is.EqualTo(25));
            Assert.That(directory["groups"]!["items"]!.AsArray(), Has.Count.EqualTo(25));
            Assert.That(directory["accounts"]!.AsObject(), Has.Count.EqualTo(1), "not expanded: only href");
        });
    }

    [Test]
    public async Task Expand_OnCollectionGet_AppliesToEveryItemOneLevelDeep()
    {
        var page = await GetJsonAsync($"{Groups}?limit=3&expand=directory,customData");
        var items = page["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(3));
            foreach (var item in items)
            {
                Assert.That(item!["directory"]!["name"]!.GetValue<string>(), Is.EqualTo(_directory["name"]!.GetValue<string>()));
                Assert.That(item["directory"]!["groups"]!.AsObject(), Has.Count.EqualTo(1), "only one level is expanded");
                Assert.That(item["customData"]!["createdAt"], Is.Not.Null);
            }
        });
    }

    [Test]
    public async Task Expand_OnCreate_ReturnsExpandedLinks()
    {
        var account = await PostJsonAsync($"{DirectoryHref}/accounts?expand=directory,customData", new JsonObject
        {
            ["email"] = $"{Unique("exp")}@example.test",
            ["password"] = "Passw0rd!",
            ["customData"] = new JsonObject { ["color"] = "blue" },
        }, HttpStatusCode.Created);
        Assert.Multiple(() =>
        {
            Assert.That(Href(account["directory"]), Is.EqualTo(DirectoryHref));
            Assert.That(account["directory"]!["name"], Is.Not.Null);
            Assert.That(account["customData"]!["color"]!.GetValue<string>(), Is.EqualTo("blue"));
        });
    }

    [Test]
    public async Task Expand_UnexpandableOnCreate_Returns2107AndCreatesNothing()
    {
        var directory = Href(await CreateDirectoryAsync());
        var application = Unique("noexp");
        using (var group = await PostAsync($"{directory}/groups?expand=password", new JsonObject { ["name"] = "g" }))
        {
            await AssertErrorAsync(group, 400, 2107);
        }

        using (var app = await PostAsync($"/v1/applications?expand=password", new JsonObject { ["name"] = application }))
        {
            await AssertErrorAsync(app, 400, 2107);
        }

        using (var account = await PostAsync($"{directory}/accounts?expand=password", new JsonObject { ["email"] = "x@example.test", ["password"] = "Passw0rd!" }))
        {
            await AssertErrorAsync(account, 400, 2107);
        }

        Assert.That((await GetJsonAsync($"{directory}/groups"))["size"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await GetJsonAsync($"{directory}/accounts"))["size"]!.GetValue<int>(), Is.EqualTo(0));
        Assert.That((await GetJsonAsync($"/v1/applications?name={application}"))["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Expand_AccountGroupsAndMemberships_ArePages()
    {
        var account = await CreateAccountAsync(directoryHref: Href(_directory));
        foreach (var href in _groupHrefs.Take(3))
        {
            await AddMembershipAsync(account, new JsonObject { ["href"] = href });
        }

        var expanded = await GetJsonAsync($"{Href(account)}?expand=groups(limit:2),groupMemberships");
        Assert.Multiple(() =>
        {
            Assert.That(expanded["groups"]!["size"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(expanded["groups"]!["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(expanded["groupMemberships"]!["size"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }
}
