using System.Text;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Client.Tests.Shared.SAuthc1;

/// <summary>The test vectors of stormpath-api.md §2.2.</summary>
public sealed class SAuthc1VectorTests
{
    private const string Nonce = "a43a9d25-ab06-421e-8605-33fd1e760825";
    private static readonly DateTimeOffset VectorTime = new(2013, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [TestCase("/v1/", "990a95aabbcbeb53e48fb721f73b75bd3ae025a2e86ad359d08558e1bbb9411c")]
    [TestCase("/v1/directories?orderBy=name asc", "fc04c5187cc017bbdf9c0bb743a52a9487ccb91c0996267988ceae3f10314176")]
    [TestCase(
        "/v1/applications/77JnfFiREjdfQH0SObMfjI/groups?q=group&limit=25&offset=25",
        "e30a62c0d03ca6cb422e66039786865f3eb6269400941ede6226760553a832d3")]
    public void Sign_DotNetSdkVector_ProducesTheExpectedSignature(string pathAndQuery, string expected)
    {
        var header = SignVector(pathAndQuery);

        Assert.That(header.Signature, Is.EqualTo(expected));
    }

    [Test]
    public void Sign_VectorRow3_ProducesTheExpectedHeader()
    {
        var header = SignVector("/v1/applications/77JnfFiREjdfQH0SObMfjI/groups?q=group&limit=25&offset=25");

        Assert.That(
            header.ToString(),
            Is.EqualTo(
                "SAuthc1 sauthc1Id=MyId/20130701/a43a9d25-ab06-421e-8605-33fd1e760825/sauthc1_request, "
                + "sauthc1SignedHeaders=host;x-stormpath-date, "
                + "sauthc1Signature=e30a62c0d03ca6cb422e66039786865f3eb6269400941ede6226760553a832d3"));
    }

    [Test]
    public void CanonicalRequest_VectorRow3_MatchesTheDerivedText()
    {
        var uri = new Uri("http://api.stormpath.com/v1/applications/77JnfFiREjdfQH0SObMfjI/groups?q=group&limit=25&offset=25");
        var (block, signed) = SAuthc1Canonicalizer.Headers(
        [
            new("Host", "api.stormpath.com"),
            new("X-Stormpath-Date", "20130701T000000Z"),
        ]);

        var canonical = SAuthc1Canonicalizer.Request(
            "get",
            SAuthc1Canonicalizer.Path(uri.AbsolutePath),
            SAuthc1Canonicalizer.Query(uri.Query),
            block,
            signed,
            SAuthc1Crypto.BodyHash([]));

        Assert.That(
            canonical,
            Is.EqualTo(
                "GET\n/v1/applications/77JnfFiREjdfQH0SObMfjI/groups\nlimit=25&offset=25&q=group\n"
                + "host:api.stormpath.com\nx-stormpath-date:20130701T000000Z\n\nhost;x-stormpath-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    [Test]
    public void Sign_BodyHeadersAndNonDefaultPortVector_ProducesTheExpectedSignature()
    {
        var uri = new Uri("https://api.example.test:8443/v1/applications/abc/loginAttempts?expand=account");
        var time = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var body = Encoding.UTF8.GetBytes("""{"type":"basic","value":"dXNlcjpQYXNzMTIz"}""");

        var header = SAuthc1Signer.Sign(
            "POST",
            uri.AbsolutePath,
            uri.Query,
            [
                new("Content-Type", "application/json"),
                new("Accept", "application/json"),
                new("Host", SAuthc1Signer.HostHeaderValue(uri)),
                new("X-Stormpath-Date", SAuthc1Crypto.FormatTimestamp(time)),
            ],
            SAuthc1Crypto.BodyHash(body),
            "KEYID",
            "SECRET",
            time,
            "11111111-2222-3333-4444-555555555555");

        Assert.Multiple(() =>
        {
            Assert.That(SAuthc1Signer.HostHeaderValue(uri), Is.EqualTo("api.example.test:8443"));
            Assert.That(string.Join(';', header.SignedHeaders), Is.EqualTo("accept;content-type;host;x-stormpath-date"));
            Assert.That(header.Signature, Is.EqualTo("89ed970aad3cc29d3dbad6f5527fbd18f39bccc2eadc932a21f9012b45dde6f9"));
        });
    }

    [Test]
    public void HostHeaderValue_DefaultPort_OmitsThePort()
    {
        Assert.That(SAuthc1Signer.HostHeaderValue(new Uri("https://api.example.test:443/v1/")), Is.EqualTo("api.example.test"));
    }

    [Test]
    public void Sign_HostHeaderMissing_ThrowsArgumentException()
    {
        Assert.That(
            () => SAuthc1Signer.Sign(
                "GET", "/v1/", null, [new("X-Stormpath-Date", "20130701T000000Z")], SAuthc1Constants.EmptyBodySha256,
                "MyId", "Shush!", VectorTime, Nonce),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("headers"));
    }

    [Test]
    public void Sign_DateHeaderDiffersFromTime_ThrowsArgumentException()
    {
        Assert.That(
            () => SAuthc1Signer.Sign(
                "GET", "/v1/", null, [new("Host", "h"), new("X-Stormpath-Date", "20130701T000001Z")], SAuthc1Constants.EmptyBodySha256,
                "MyId", "Shush!", VectorTime, Nonce),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("headers"));
    }

    [Test]
    public void BodyHash_EmptyBody_IsTheWellKnownHash()
    {
        Assert.That(SAuthc1Crypto.BodyHash([]), Is.EqualTo(SAuthc1Constants.EmptyBodySha256));
    }

    private static SAuthc1Header SignVector(string pathAndQuery)
    {
        var uri = new Uri("http://api.stormpath.com" + pathAndQuery);
        return SAuthc1Signer.Sign(
            "GET",
            uri.AbsolutePath,
            uri.Query,
            [new("Host", SAuthc1Signer.HostHeaderValue(uri)), new("X-Stormpath-Date", SAuthc1Crypto.FormatTimestamp(VectorTime))],
            SAuthc1Constants.EmptyBodySha256,
            "MyId",
            "Shush!",
            VectorTime,
            Nonce);
    }
}
