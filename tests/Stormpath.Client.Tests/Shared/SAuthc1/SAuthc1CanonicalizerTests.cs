using Stormpath.Shared.SAuthc1;

namespace Stormpath.Client.Tests.Shared.SAuthc1;

public sealed class SAuthc1CanonicalizerTests
{
    [TestCase("a b", "a%20b")]
    [TestCase("a*b", "a%2Ab")]
    [TestCase("A-Z_a.z~09", "A-Z_a.z~09")]
    [TestCase("a/b", "a%2Fb")]
    [TestCase("é", "%C3%A9")]
    [TestCase("!'()+,;=:@[]", "%21%27%28%29%2B%2C%3B%3D%3A%40%5B%5D")]
    public void Encode_Value_IsRfc3986WithUpperCaseHex(string value, string expected)
    {
        Assert.That(SAuthc1Encoding.Encode(value), Is.EqualTo(expected));
    }

    [Test]
    public void EncodePath_Slashes_AreKept()
    {
        Assert.That(SAuthc1Encoding.EncodePath("/v1/a b/*"), Is.EqualTo("/v1/a%20b/%2A"));
    }

    [TestCase("a+b", "a b")]
    [TestCase("a%20b", "a b")]
    [TestCase("%c3%A9", "é")]
    [TestCase("100%", "100%")]
    [TestCase("%zz", "%zz")]
    [TestCase("é", "é")]
    public void Decode_Value_DecodesFormEncodingAndKeepsMalformedEscapes(string value, string expected)
    {
        Assert.That(SAuthc1Encoding.Decode(value), Is.EqualTo(expected));
    }

    [TestCase(null, "")]
    [TestCase("", "")]
    [TestCase("?", "")]
    [TestCase("?b=2&a=1", "a=1&b=2")]
    [TestCase("orderBy=name+asc", "orderBy=name%20asc")]
    [TestCase("orderBy=name%20asc", "orderBy=name%20asc")]
    [TestCase("expand=groups(offset:0,limit:10)", "expand=groups%28offset%3A0%2Climit%3A10%29")]
    [TestCase("expand=groups%28offset%3A0%2Climit%3A10%29", "expand=groups%28offset%3A0%2Climit%3A10%29")]
    [TestCase("flag&a=1", "a=1&flag=")]
    [TestCase("a=1&&b=2&", "a=1&b=2")]
    [TestCase("q=x%7Ey", "q=x~y")]
    public void Query_RawQuery_IsDecodedReencodedAndSorted(string? raw, string expected)
    {
        Assert.That(SAuthc1Canonicalizer.Query(raw), Is.EqualTo(expected));
    }

    [Test]
    public void Query_RepeatedKey_OrdersTiesByValueWhateverTheWireOrder()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SAuthc1Canonicalizer.Query("k=b&k=a&j=z"), Is.EqualTo("j=z&k=a&k=b"));
            Assert.That(SAuthc1Canonicalizer.Query("k=a&j=z&k=b"), Is.EqualTo("j=z&k=a&k=b"));
        });
    }

    [Test]
    public void Query_KeysDifferingInCase_SortOrdinally()
    {
        Assert.That(SAuthc1Canonicalizer.Query("b=1&B=2&a=3"), Is.EqualTo("B=2&a=3&b=1"));
    }

    [TestCase("q=a+b*&x=%7E%2F", false, "q=a%20b%2A&x=~/")]
    [TestCase("?z=1&a=2", false, "z=1&a=2")]
    [TestCase("?z=1&a=2", true, "a=2&z=1")]
    public void PythonStyleQuery_RawQuery_AppliesOnlyTheFixUps(string raw, bool sort, string expected)
    {
        Assert.That(SAuthc1Canonicalizer.PythonStyleQuery(raw, sort), Is.EqualTo(expected));
    }

    [TestCase(null, "/")]
    [TestCase("", "/")]
    [TestCase("/v1/accounts/abc", "/v1/accounts/abc")]
    [TestCase("/v1/a%20b", "/v1/a%2520b")]
    public void Path_RawPath_IsEncodedWithSlashesKept(string? raw, string expected)
    {
        Assert.That(SAuthc1Canonicalizer.Path(raw), Is.EqualTo(expected));
    }

    [Test]
    public void Headers_ValuesVerbatim_NamesLowerCaseInTheGivenOrder()
    {
        var (block, signed) = SAuthc1Canonicalizer.Headers([new("X-B", " v1 "), new("Accept", "a,b")]);

        Assert.Multiple(() =>
        {
            Assert.That(block, Is.EqualTo("x-b: v1 \naccept:a,b\n"));
            Assert.That(signed, Is.EqualTo("x-b;accept"));
        });
    }
}
