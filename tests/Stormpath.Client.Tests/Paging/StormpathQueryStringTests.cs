namespace Stormpath.Client.Tests.Paging;

public sealed class StormpathQueryStringTests
{
    [Test]
    public void Add_FullQuery_RendersEveryParameterByItsWireName()
    {
        var query = new StormpathQuery { Offset = 25, Limit = 50, Text = "rose", OrderBy = "surname asc,givenName desc" };
        query.Expand.Add("customData");
        query.Expand.Add(StormpathExpansion.Collection("groups", 0, 100));
        query.Filters["email"] = "*@example.test";
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["offset"] = "0" };

        StormpathQueryString.Add(parameters, query);

        Assert.That(parameters, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["offset"] = "25",
            ["limit"] = "50",
            ["q"] = "rose",
            ["orderBy"] = "surname asc,givenName desc",
            ["expand"] = "customData,groups(limit:100)",
            ["email"] = "*@example.test",
        }));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void Add_LimitOutsideOneToHundred_IsRefused(int limit)
    {
        Assert.That(() => StormpathQueryString.Add([], new StormpathQuery { Limit = limit }), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FormatExpand_BlankEntries_AreSkipped()
    {
        Assert.That(StormpathQueryString.FormatExpand(["directory", " ", " tenant "]), Is.EqualTo("directory,tenant"));
    }
}
