using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Collections;

/// <summary>Paging, search, expand and orderBy on a directory of its own, so counts are exact.</summary>
public sealed class CollectionQueryTests(string provider) : ServerFixture(provider)
{
    private string _directory = "";

    [OneTimeSetUp]
    public async Task CreateAccountsAsync()
    {
        var directory = await PostJsonAsync("directories", new JsonObject { ["name"] = Unique("search") }, HttpStatusCode.Created);
        _directory = Href(directory);
        string[] surnames = ["Smith", "Smithers", "Jones", "Blacksmith", "Brown"];
        for (var i = 0; i < surnames.Length; i++)
        {
            await PostJsonAsync($"{_directory}/accounts", new JsonObject
            {
                ["email"] = $"{surnames[i].ToLowerInvariant()}@example.test",
                ["password"] = "Passw0rd!",
                ["givenName"] = $"Given{i}",
                ["surname"] = surnames[i],
                ["customData"] = new JsonObject { ["score"] = i * 100, ["favoriteColor"] = i % 2 == 0 ? "blue" : "red", ["profile"] = new JsonObject { ["team"] = $"team{i}" } },
            }, HttpStatusCode.Created);
            Clock.Advance(TimeSpan.FromDays(1));
        }
    }

    [Test]
    public async Task Get_WithLimit_ReturnsAPageAndTheTotalSize()
    {
        var page = await GetJsonAsync($"{_directory}/accounts?offset=1&limit=2");
        Assert.Multiple(() =>
        {
            Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(page["offset"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(page["limit"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(Href(page), Is.EqualTo($"{_directory}/accounts?offset=1&limit=2"));
        });
    }

    [Test]
    public async Task Get_LimitAboveTheMaximum_IsCappedAt100()
    {
        var page = await GetJsonAsync($"{_directory}/accounts?limit=500");
        Assert.That(page["limit"]!.GetValue<int>(), Is.EqualTo(100));
    }

    [Test]
    public async Task Get_AttributeWildcards_MatchCaseInsensitively()
    {
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await SurnamesAsync("surname=smith"), Is.EquivalentTo(new[] { "Smith" }));
            Assert.That(await SurnamesAsync("surname=SMITH*"), Is.EquivalentTo(new[] { "Smith", "Smithers" }));
            Assert.That(await SurnamesAsync("surname=*smith"), Is.EquivalentTo(new[] { "Smith", "Blacksmith" }));
            Assert.That(await SurnamesAsync("surname=*mit*"), Is.EquivalentTo(new[] { "Smith", "Smithers", "Blacksmith" }));
            Assert.That(await SurnamesAsync("surname=*mit*&email=smith*"), Is.EquivalentTo(new[] { "Smith", "Smithers" }));
        });
    }

    [Test]
    public async Task Get_Q_MatchesAnySearchableAttribute()
    {
        Assert.That(await SurnamesAsync("q=JONES"), Is.EquivalentTo(new[] { "Jones" }));
        Assert.That(await SurnamesAsync("q=given3"), Is.EquivalentTo(new[] { "Blacksmith" }));
    }

    [Test]
    public async Task Get_DatetimeRange_SelectsByCreatedAt()
    {
        var all = await GetJsonAsync($"{_directory}/accounts?orderBy=createdAt");
        var items = all["items"]!.AsArray();
        var second = items[1]!["createdAt"]!.GetValue<string>();
        var fourth = items[3]!["createdAt"]!.GetValue<string>();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await SurnamesAsync($"createdAt=[{second},{fourth}]"), Is.EquivalentTo(new[] { "Smithers", "Jones", "Blacksmith" }));
            Assert.That(await SurnamesAsync($"createdAt=({second},{fourth})"), Is.EquivalentTo(new[] { "Jones" }));
            Assert.That(await SurnamesAsync($"createdAt=[{fourth},]"), Is.EquivalentTo(new[] { "Blacksmith", "Brown" }));
            Assert.That(await SurnamesAsync($"createdAt={second[..10]}"), Is.EquivalentTo(new[] { "Smithers" }), "shorthand: the whole day");
        });
        using var reversed = await Client.GetAsync($"{_directory}/accounts?createdAt=[{fourth},{second}]");
        await AssertErrorAsync(reversed, 400, 2108);
    }

    [Test]
    public async Task Get_CustomDataFilters_WildcardsNestedKeysAndNumericRanges()
    {
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await SurnamesAsync("customData.favoriteColor=re*"), Is.EquivalentTo(new[] { "Smithers", "Blacksmith" }));
            Assert.That(await SurnamesAsync("customData.score=[100,300)"), Is.EquivalentTo(new[] { "Smithers", "Jones" }));
            Assert.That(await SurnamesAsync("customData.score=[300,]"), Is.EquivalentTo(new[] { "Blacksmith", "Brown" }));
            Assert.That(await SurnamesAsync("customData.profile.team=team4"), Is.EquivalentTo(new[] { "Brown" }));
        });
    }

    [Test]
    public async Task Get_OrderBy_SortsAscendingAndDescending()
    {
        Assert.That(await SurnamesAsync("orderBy=surname", ordered: true), Is.EqualTo(new[] { "Blacksmith", "Brown", "Jones", "Smith", "Smithers" }));
        Assert.That(await SurnamesAsync("orderBy=surname%20desc", ordered: true), Is.EqualTo(new[] { "Smithers", "Smith", "Jones", "Brown", "Blacksmith" }));
        Assert.That(await SurnamesAsync("orderBy=customData.score%20desc", ordered: true), Is.EqualTo(new[] { "Brown", "Blacksmith", "Jones", "Smithers", "Smith" }));
    }

    [Test]
    public async Task Get_ExpandOnCollectionItems_EmbedsTheLinkedResources()
    {
        var page = await GetJsonAsync($"{_directory}/accounts?limit=1&expand=customData,directory");
        var item = page["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(item["customData"]!["favoriteColor"], Is.Not.Null);
            Assert.That(item["directory"]!["name"], Is.Not.Null);
            Assert.That(item["directory"]!["accounts"]!.AsObject().Count, Is.EqualTo(1), "only one level is expanded");
        });
    }

    [Test]
    public async Task Get_ExpandCollectionWithPaging_EmbedsThatPage()
    {
        var directory = await GetJsonAsync($"{_directory}?expand=accounts(offset:1,limit:2)");
        var accounts = directory["accounts"]!;
        Assert.Multiple(() =>
        {
            Assert.That(accounts["size"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(accounts["offset"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(accounts["items"]!.AsArray(), Has.Count.EqualTo(2));
        });

        var escaped = await GetJsonAsync($"{_directory}?expand=accounts%28offset%3A0%2Climit%3A3%29");
        Assert.That(escaped["accounts"]!["items"]!.AsArray(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Get_StatusFilter_MatchesTheEnumExactly()
    {
        Assert.That(await SurnamesAsync("status=enabled"), Has.Length.EqualTo(5));
        Assert.That(await SurnamesAsync("status=DISABLED"), Is.Empty);
    }

    private async Task<string[]> SurnamesAsync(string query, bool ordered = false)
    {
        var page = await GetJsonAsync($"{_directory}/accounts?{query}");
        var names = page["items"]!.AsArray().Select(i => i!["surname"]!.GetValue<string>()).ToArray();
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(names.Length), query);
        return ordered ? names : names.Order(StringComparer.Ordinal).ToArray();
    }
}
