using Stormpath.Shared.SAuthc1;

namespace Stormpath.Client.Tests.Shared.SAuthc1;

public sealed class SAuthc1HeaderTests
{
    private const string Signature = "e30a62c0d03ca6cb422e66039786865f3eb6269400941ede6226760553a832d3";
    private const string Valid =
        "SAuthc1 sauthc1Id=MyId/20130701/a43a9d25-ab06-421e-8605-33fd1e760825/sauthc1_request, "
        + "sauthc1SignedHeaders=host;x-stormpath-date, sauthc1Signature=" + Signature;

    [Test]
    public void TryParse_WellFormedHeader_ReturnsItsParts()
    {
        var parsed = SAuthc1Header.TryParse(Valid, out var header, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(error, Is.EqualTo(SAuthc1HeaderParseError.None));
            Assert.That(header!.KeyId, Is.EqualTo("MyId"));
            Assert.That(header.DateStamp, Is.EqualTo("20130701"));
            Assert.That(header.Nonce, Is.EqualTo("a43a9d25-ab06-421e-8605-33fd1e760825"));
            Assert.That(header.SignedHeaders, Is.EqualTo(new[] { "host", "x-stormpath-date" }));
            Assert.That(header.Signature, Is.EqualTo(Signature));
            Assert.That(header.ToString(), Is.EqualTo(Valid));
        });
    }

    [Test]
    public void TryParse_ParametersInAnotherOrder_Parses()
    {
        var reordered = "SAuthc1 sauthc1Signature=" + Signature
            + ", sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=host;x-stormpath-date";

        Assert.That(SAuthc1Header.TryParse(reordered, out _, out _), Is.True);
    }

    [TestCase(null, nameof(SAuthc1HeaderParseError.NotSAuthc1))]
    [TestCase("", nameof(SAuthc1HeaderParseError.NotSAuthc1))]
    [TestCase("Basic TXlJZDpTaHVzaCE=", nameof(SAuthc1HeaderParseError.NotSAuthc1))]
    [TestCase("SAuthc1", nameof(SAuthc1HeaderParseError.NotSAuthc1))]
    [TestCase("SAuthc1 ", nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=host", nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1Id=a/20130701/n/sauthc1_request, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, other=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request,sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 =x, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedParameters))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=a/2013070/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=a/2013070x/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=/20130701/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701//sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc2_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedCredentialId))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1SignedHeaders=host;;x, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedSignedHeaders))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1SignedHeaders=, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedSignedHeaders))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1SignedHeaders=Host, sauthc1Signature=" + Signature, nameof(SAuthc1HeaderParseError.MalformedSignedHeaders))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=abc", nameof(SAuthc1HeaderParseError.MalformedSignature))]
    [TestCase("SAuthc1 sauthc1Id=a/20130701/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + "zz" + "0a62c0d03ca6cb422e66039786865f3eb6269400941ede6226760553a832d3", nameof(SAuthc1HeaderParseError.MalformedSignature))]
    public void TryParse_MalformedHeader_FailsWithItsReason(string? value, string expected)
    {
        var parsed = SAuthc1Header.TryParse(value, out var header, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(header, Is.Null);
            Assert.That(error.ToString(), Is.EqualTo(expected));
        });
    }

    [Test]
    public void TryParse_OverlongHeader_FailsWithoutSplitting()
    {
        var value = Valid + new string('x', SAuthc1Header.MaxLength);

        Assert.That(SAuthc1Header.TryParse(value, out _, out var error), Is.False);
        Assert.That(error, Is.EqualTo(SAuthc1HeaderParseError.NotSAuthc1));
    }
}
