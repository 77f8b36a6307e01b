namespace Stormpath.Client.Tests.Paging;

public sealed class StormpathExpansionTests
{
    [TestCase(null, null, "groups")]
    [TestCase(0, 10, "groups(limit:10)")]
    [TestCase(10, 100, "groups(offset:10,limit:100)")]
    [TestCase(5, null, "groups(offset:5)")]
    public void Collection_OffsetAndLimit_AreWrittenAsTheSdksWriteThem(int? offset, int? limit, string expected)
    {
        Assert.That(StormpathExpansion.Collection("groups", offset, limit), Is.EqualTo(expected));
    }

    [Test]
    public void Collection_LimitAboveHundred_IsRefused()
    {
        Assert.That(() => StormpathExpansion.Collection("groups", limit: 101), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("limit"));
    }
}
