using System.Net;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Collections;

/// <summary><c>q</c>, attribute filters, datetime ranges, customData filters and <c>orderBy</c> (§1.8, §1.9).</summary>
public sealed class CollectionSearchTests(string provider) : ServerFixture(provider)
{
    private static readonly DateTime Start = new(2015, 1, 12, 10, 0, 0, DateTimeKind.Utc);

    private string _directoryHref = null!;

    protected override DateTimeOffset ClockStart => Start;

    [OneTimeSetUp]
    public async Task CreateAccountsAsync()
    {
        // Accounts created at known instants: Jan 12 10:00, Jan 13 10:00, Jan 14 10:00, Feb 1 10:00 (2015).
        _directoryHref = Href(await CreateDirectoryAsync());
        await Create("Rose", "Tyler", "rose@example.test", new JsonObject { ["color"] = "Blue", ["score"] = 10, ["team"] = new JsonObject { ["name"] = "tardis" } });
        Clock.Advance(TimeSpan.FromDays(1));
        await Create("Martha", "Jones", "martha@example.test", new JsonObject { ["color"] = "blueish", ["score"] = 500 });
        Clock.Advance(TimeSpan.FromDays(1));
        await Create("Donna", "Noble", "donna@temp.example.test", new JsonObject { ["color"] = "red", ["score"] = 1000 });
        Clock.SetUtcNow(new DateTime(2015, 2, 1, 10, 0, 0, DateTimeKind.Utc));
        await Create("Amy", "Pond", "amy@example.test", new JsonObject { ["color"] = "navy blue" });
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
    }

    private Task<JsonObject> Create(string given, string surname, string email, JsonObject customData) =>
        CreateAccountAsync(email, directoryHref: _directoryHref, extra: new JsonObject
        {
            ["givenName"] = given, ["surname"] = surname, ["customData"] = customData,
        });

    private async Task<string[]> GivenNamesAsync(string query)
    {
        var page = await GetJsonAsync($"{_directoryHref}/accounts?{query}");
        var names = page["items"]!.AsArray().Select(i => i!["givenName"]!.GetValue<string>()).ToArray();
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(names.Length), "size is the total of matches");
        return names;
    }

    [TestCase("surname=tyler", new[] { "Rose" })]
    [TestCase("surname=TYLER", new[] { "Rose" })]
    [TestCase("surname=Tyl", new string[0])]
    [TestCase("email=*@example.test", new[] { "Rose", "Martha", "Amy" })]
    [TestCase("email=DONNA*", new[] { "Donna" })]
    [TestCase("givenName=*ar*", new[] { "Martha" })]
    [TestCase("givenName=*a*&surname=*o*", new[] { "Martha", "Donna", "Amy" })]
    [TestCase("q=NOBLE", new[] { "Donna" })]
    [TestCase("q=temp", new[] { "Donna" })]
    [TestCase("status=enabled&surname=Pond", new[] { "Amy" })]
    public async Task Filter_AttributeWildcards_MatchCaseInsensitively(string query, string[] expected)
    {
        Assert.That(await GivenNamesAsync(query + "&orderBy=createdAt"), Is.EqualTo(expected));
    }

    [TestCase("createdAt=[2015-01-12,2015-01-14)", new[] { "Rose", "Martha" })]
    [TestCase("createdAt=[2015-01-12,2015-01-14]", new[] { "Rose", "Martha", "Donna" })]
    [TestCase("createdAt=(2015-01-12,2015-01-14]", new[] { "Martha", "Donna" })]
    [TestCase("createdAt=[2015-01-13T10:00:00,]", new[] { "Martha", "Donna", "Amy" })]
    [TestCase("createdAt=(2015-01-13T10:00:00,]", new[] { "Donna", "Amy" })]
    [TestCase("createdAt=[,2015-01-13)", new[] { "Rose" })]
    [TestCase("createdAt=2015-01", new[] { "Rose", "Martha", "Donna" })]
    [TestCase("createdAt=2015-02-01T10", new[] { "Amy" })]
    [TestCase("createdAt=2015", new[] { "Rose", "Martha", "Donna", "Amy" })]
    [TestCase("createdAt=2016", new string[0])]
    [TestCase("createdAt=2015-01-12T10:00:00.000Z", new[] { "Rose" })]
    [TestCase("createdAt=[2015-01-12T10:00:00.001Z,2015-01-13T10:00:00.000Z]", new[] { "Martha" })]
    [TestCase("createdAt=%5B2015-01-12%2C2015-01-14%29", new[] { "Rose", "Martha" })]
    [TestCase("modifiedAt=[2015-01-14,2015-02]", new[] { "Donna", "Amy" })]
    public async Task Filter_DatetimeRange_HonoursBracketsAndGranularity(string query, string[] expected)
    {
        Assert.That(await GivenNamesAsync(query + "&orderBy=createdAt"), Is.EqualTo(expected));
    }

    [TestCase("createdAt=garbage", 2103)]
    [TestCase("createdAt=[2015-01-01,", 2103)]
    [TestCase("createdAt=[2015-13,2016]", 2103)]
    [TestCase("modifiedAt=[2016,2015]", 2108)]
    [TestCase("customData.score=[x,2]", 2103)]
    public async Task Filter_BadDatetime_Returns400(string query, int code)
    {
        using var response = await Client.GetAsync($"{_directoryHref}/accounts?{query}");
        await AssertErrorAsync(response, 400, code);
    }

    [TestCase("customData.color=blue", new[] { "Rose" })]
    [TestCase("customData.color=blue*", new[] { "Rose", "Martha" })]
    [TestCase("customData.color=*BLUE", new[] { "Rose", "Amy" })]
    [TestCase("customData.color=*blue*", new[] { "Rose", "Martha", "Amy" })]
    [TestCase("customData.score=[0,500]", new[] { "Rose", "Martha" })]
    [TestCase("customData.score=(10,1000]", new[] { "Martha", "Donna" })]
    [TestCase("customData.score=[500,]", new[] { "Martha", "Donna" })]
    [TestCase("customData.team.name=tardis", new[] { "Rose" })]
    [TestCase("customData.color=blue*&surname=jones", new[] { "Martha" })]
    public async Task Filter_CustomData_MatchesOnDirectoryAccounts(string query, string[] expected)
    {
        Assert.That(await GivenNamesAsync(query + "&orderBy=createdAt"), Is.EqualTo(expected));
    }

    [Test]
    public async Task Filter_CustomData_PagesTheMatchesAndCountsAll()
    {
        var page = await GetJsonAsync($"{_directoryHref}/accounts?customData.color=*blue*&orderBy=createdAt&offset=1&limit=1");
        Assert.Multiple(() =>
        {
            Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(page["items"]!.AsArray().Single()!["givenName"]!.GetValue<string>(), Is.EqualTo("Martha"));
        });
    }

    [Test]
    public async Task Filter_CustomDataOnTenantAccounts_Matches()
    {
        var tenant = await GetJsonAsync(Href((await GetJsonAsync(ApplicationHref))["tenant"]));
        var page = await GetJsonAsync($"{Href(tenant)}/accounts?customData.team.name=tardis&email=rose@example.test");
        Assert.That(page["items"]!.AsArray().Select(i => i!["givenName"]!.GetValue<string>()), Is.EqualTo(new[] { "Rose" }));
    }

    [Test]
    public async Task Filter_CustomDataOnGroups_Returns2105()
    {
        using var response = await Client.GetAsync($"{_directoryHref}/groups?customData.color=blue");
        await AssertErrorAsync(response, 400, 2105);
    }

    [TestCase("orderBy=givenName", new[] { "Amy", "Donna", "Martha", "Rose" })]
    [TestCase("orderBy=givenName%20desc", new[] { "Rose", "Martha", "Donna", "Amy" })]
    [TestCase("orderBy=givenName desc", new[] { "Rose", "Martha", "Donna", "Amy" })]
    [TestCase("orderBy=surname ASC", new[] { "Martha", "Donna", "Amy", "Rose" })]
    [TestCase("orderBy=createdAt desc", new[] { "Amy", "Donna", "Martha", "Rose" })]
    [TestCase("orderBy=customData.score desc,givenName", new[] { "Donna", "Martha", "Rose", "Amy" })]
    [TestCase("orderBy=customData.color", new[] { "Rose", "Martha", "Amy", "Donna" })]
    public async Task OrderBy_Attributes_SortsTheCollection(string query, string[] expected)
    {
        Assert.That(await GivenNamesAsync(query), Is.EqualTo(expected));
    }

    [Test]
    public async Task OrderBy_MultipleAttributes_BreaksTiesWithTheSecond()
    {
        var directory = Href(await CreateDirectoryAsync());
        foreach (var (given, surname) in new[] { ("B", "Same"), ("A", "Same"), ("C", "Other") })
        {
            await CreateAccountAsync(directoryHref: directory, extra: new JsonObject { ["givenName"] = given, ["surname"] = surname });
        }

        var page = await GetJsonAsync($"{directory}/accounts?orderBy=surname%20desc%2CgivenName%20asc");
        Assert.That(page["items"]!.AsArray().Select(i => i!["givenName"]!.GetValue<string>()), Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [TestCase("orderBy=givenName%20sideways", 2104)]
    [TestCase("orderBy=givenName asc desc", 2104)]
    [TestCase("orderBy=", 2104)]
    [TestCase("orderBy=password", 2106)]
    [TestCase("orderBy=directory", 2106)]
    public async Task OrderBy_BadStatement_Returns400(string query, int code)
    {
        using var response = await Client.GetAsync($"{_directoryHref}/accounts?{query}");
        await AssertErrorAsync(response, 400, code);
    }

    [Test]
    public async Task Filter_OnApplicationsAndDirectories_ByNameWildcard()
    {
        var name = Unique("Searchable");
        await PostJsonAsync("/v1/applications", new JsonObject { ["name"] = name, ["description"] = "findme" }, HttpStatusCode.Created);
        await CreateDirectoryAsync(name + "-dir");
        var applications = await GetJsonAsync($"/v1/applications?name={name.ToLowerInvariant()}");
        var directories = await GetJsonAsync($"/v1/directories?name={name}*");
        var byDescription = await GetJsonAsync($"/v1/applications?description=*INDM*");
        Assert.Multiple(() =>
        {
            Assert.That(applications["size"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(directories["items"]!.AsArray().Single()!["name"]!.GetValue<string>(), Is.EqualTo(name + "-dir"));
            Assert.That(byDescription["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()), Does.Contain(name));
        });
    }
}
