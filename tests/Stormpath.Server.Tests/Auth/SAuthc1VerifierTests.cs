using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Stormpath.Server.Auth;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Server.Tests.Auth;

public sealed class SAuthc1VerifierTests
{
    private const string VectorNonce = "a43a9d25-ab06-421e-8605-33fd1e760825";
    private const string Row3Path = "/v1/applications/77JnfFiREjdfQH0SObMfjI/groups";
    private const string Row3Query = "?q=group&limit=25&offset=25";
    private const string Row3Signature = "e30a62c0d03ca6cb422e66039786865f3eb6269400941ede6226760553a832d3";
    private static readonly DateTimeOffset VectorTime = new(2013, 7, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly DictionarySecretLookup VectorKeys = new(new Dictionary<string, string> { ["MyId"] = "Shush!" });

    [TestCase("/v1/", null, "990a95aabbcbeb53e48fb721f73b75bd3ae025a2e86ad359d08558e1bbb9411c")]
    [TestCase("/v1/directories", "?orderBy=name%20asc", "fc04c5187cc017bbdf9c0bb743a52a9487ccb91c0996267988ceae3f10314176")]
    [TestCase("/v1/directories", "?orderBy=name+asc", "fc04c5187cc017bbdf9c0bb743a52a9487ccb91c0996267988ceae3f10314176")]
    [TestCase(Row3Path, Row3Query, Row3Signature)]
    public async Task Verify_DotNetSdkVector_Succeeds(string path, string? query, string signature)
    {
        var request = VectorRequest("GET", path, query, VectorAuthorization(signature));

        var result = await Verifier(VectorTime.AddMinutes(3)).VerifyAsync(request, VectorKeys);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.None));
            Assert.That(result.Succeeded, Is.True);
            Assert.That(result.KeyId, Is.EqualTo("MyId"));
            Assert.That(result.Nonce, Is.EqualTo(VectorNonce));
            Assert.That(result.SignedAt, Is.EqualTo(VectorTime));
            Assert.That(result.NonceExpiresAt, Is.EqualTo(VectorTime.AddMinutes(15)));
        });
    }

    [Test]
    public async Task Verify_BodyHeadersAndNonDefaultPortVector_Succeeds()
    {
        var request = BodyVectorRequest("""{"type":"basic","value":"dXNlcjpQYXNzMTIz"}""");

        var result = await Verifier(new DateTimeOffset(2024, 1, 2, 3, 10, 0, TimeSpan.Zero))
            .VerifyAsync(request, new DictionarySecretLookup(new Dictionary<string, string> { ["KEYID"] = "SECRET" }));

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.None));
    }

    [Test]
    public async Task Verify_BodyChangedAfterSigning_Fails()
    {
        var request = BodyVectorRequest("""{"type":"basic","value":"dXNlcjpQYXNzMTIz" }""");

        var result = await Verifier(new DateTimeOffset(2024, 1, 2, 3, 10, 0, TimeSpan.Zero))
            .VerifyAsync(request, new DictionarySecretLookup(new Dictionary<string, string> { ["KEYID"] = "SECRET" }));

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.SignatureMismatch));
    }

    [TestCase("POST", Row3Path, Row3Query, "api.stormpath.com", Description = "method")]
    [TestCase("GET", "/v1/applications/77JnfFiREjdfQH0SObMfjI/group", Row3Query, "api.stormpath.com", Description = "path")]
    [TestCase("GET", Row3Path, "?q=group&limit=25&offset=50", "api.stormpath.com", Description = "query value")]
    [TestCase("GET", Row3Path, "?q=group&limit=25", "api.stormpath.com", Description = "query parameter dropped")]
    [TestCase("GET", Row3Path, Row3Query + "&expand=account", "api.stormpath.com", Description = "query parameter added")]
    [TestCase("GET", Row3Path, Row3Query, "api.stormpath.com:8080", Description = "signed header")]
    public async Task Verify_RequestChangedAfterSigning_Fails(string method, string path, string query, string host)
    {
        var request = VectorRequest(method, path, query, VectorAuthorization(Row3Signature), host);

        var result = await Verifier(VectorTime).VerifyAsync(request, VectorKeys);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.SignatureMismatch));
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.NonceExpiresAt, Is.Null);
        });
    }

    [Test]
    public async Task Verify_QueryReorderedOnTheWire_Succeeds()
    {
        var request = VectorRequest("GET", Row3Path, "?offset=25&q=group&limit=25", VectorAuthorization(Row3Signature));

        var result = await Verifier(VectorTime).VerifyAsync(request, VectorKeys);

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.None));
    }

    [Test]
    public async Task Verify_WrongSecret_Fails()
    {
        var request = VectorRequest("GET", Row3Path, Row3Query, VectorAuthorization(Row3Signature));

        var result = await Verifier(VectorTime).VerifyAsync(
            request, new DictionarySecretLookup(new Dictionary<string, string> { ["MyId"] = "Shush?" }));

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.SignatureMismatch));
    }

    [Test]
    public async Task Verify_UnknownKey_FailsAfterOneLookup()
    {
        var keys = new DictionarySecretLookup(new Dictionary<string, string> { ["Other"] = "Shush!" });
        var request = VectorRequest("GET", Row3Path, Row3Query, VectorAuthorization(Row3Signature));

        var result = await Verifier(VectorTime).VerifyAsync(request, keys);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.UnknownKey));
            Assert.That(result.KeyId, Is.EqualTo("MyId"));
            Assert.That(keys.Lookups, Is.EqualTo(1));
        });
    }

    [TestCase(-16, SAuthc1Failure.OutsideClockSkew)]
    [TestCase(16, SAuthc1Failure.OutsideClockSkew)]
    [TestCase(-15, SAuthc1Failure.None)]
    [TestCase(15, SAuthc1Failure.None)]
    [TestCase(0, SAuthc1Failure.None)]
    public async Task Verify_ServerClockOffsetInMinutes_HonoursTheDefaultWindow(int minutes, object expected)
    {
        var keys = new DictionarySecretLookup(new Dictionary<string, string> { ["MyId"] = "Shush!" });
        var request = VectorRequest("GET", Row3Path, Row3Query, VectorAuthorization(Row3Signature));

        var result = await Verifier(VectorTime.AddMinutes(minutes)).VerifyAsync(request, keys);

        Assert.That(result.Failure, Is.EqualTo(expected));
    }

    [Test]
    public async Task Verify_OutsideAConfiguredWindow_FailsWithoutLookingTheKeyUp()
    {
        var keys = new DictionarySecretLookup(new Dictionary<string, string> { ["MyId"] = "Shush!" });
        var request = VectorRequest("GET", Row3Path, Row3Query, VectorAuthorization(Row3Signature));

        var result = await Verifier(VectorTime.AddSeconds(61), TimeSpan.FromMinutes(1)).VerifyAsync(request, keys);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.OutsideClockSkew));
            Assert.That(keys.Lookups, Is.Zero);
        });
    }

    [TestCase(null, SAuthc1Failure.MissingAuthorization)]
    [TestCase("", SAuthc1Failure.MissingAuthorization)]
    [TestCase("Basic TXlJZDpTaHVzaCE=", SAuthc1Failure.NotSAuthc1)]
    [TestCase("Bearer x", SAuthc1Failure.NotSAuthc1)]
    [TestCase("SAuthc1", SAuthc1Failure.MalformedAuthorization)]
    [TestCase("SAuthc1 ", SAuthc1Failure.MalformedAuthorization)]
    [TestCase("SAuthc1 garbage", SAuthc1Failure.MalformedAuthorization)]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=host;x-stormpath-date, sauthc1Signature=xyz", SAuthc1Failure.MalformedAuthorization)]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=host, sauthc1Signature=" + Row3Signature, SAuthc1Failure.RequiredHeaderNotSigned)]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=x-stormpath-date, sauthc1Signature=" + Row3Signature, SAuthc1Failure.RequiredHeaderNotSigned)]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130701/n/sauthc1_request, sauthc1SignedHeaders=accept;host;x-stormpath-date, sauthc1Signature=" + Row3Signature, SAuthc1Failure.SignedHeaderMissing)]
    [TestCase("SAuthc1 sauthc1Id=MyId/20130702/n/sauthc1_request, sauthc1SignedHeaders=host;x-stormpath-date, sauthc1Signature=" + Row3Signature, SAuthc1Failure.DateStampMismatch)]
    public async Task Verify_MalformedAuthorization_FailsWithItsReason(string? authorization, object expected)
    {
        var request = VectorRequest("GET", Row3Path, Row3Query, authorization);

        var result = await Verifier(VectorTime).VerifyAsync(request, VectorKeys);

        Assert.That(result.Failure, Is.EqualTo(expected));
    }

    [TestCase("2013-07-01T00:00:00Z")]
    [TestCase("20130701T000000")]
    [TestCase("20130701T250000Z")]
    [TestCase(" 20130701T000000Z")]
    public async Task Verify_MalformedDateHeader_FailsWithMalformedDate(string date)
    {
        var request = VectorRequest("GET", Row3Path, Row3Query, VectorAuthorization(Row3Signature), date: date);

        var result = await Verifier(VectorTime).VerifyAsync(request, VectorKeys);

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.MalformedDate));
    }

    [Test]
    public async Task Verify_PythonSdkUnsortedRawQuery_SucceedsThroughTheFallback()
    {
        // Python's signer keeps the wire order and escaping of the query (stormpath-api.md §2.2).
        const string rawQuery = "?z=1&a=b%2Ac";
        var (block, signed) = SAuthc1Canonicalizer.Headers([new("host", "api.stormpath.com"), new("x-stormpath-date", "20130701T000000Z")]);
        var canonical = SAuthc1Canonicalizer.Request(
            "GET", "/v1/", SAuthc1Canonicalizer.PythonStyleQuery(rawQuery, sortPairs: false), block, signed, SAuthc1Constants.EmptyBodySha256);
        Assert.That(canonical, Does.Not.Contain(SAuthc1Canonicalizer.Query(rawQuery)), "the test needs a query the canonical form orders differently");
        var id = SAuthc1Crypto.CredentialId("MyId", "20130701", VectorNonce);
        var signature = SAuthc1Crypto.Sign(
            SAuthc1Crypto.DeriveSigningKey("Shush!", "20130701", VectorNonce),
            SAuthc1Crypto.StringToSign("20130701T000000Z", id, canonical));
        var request = VectorRequest("GET", "/v1/", rawQuery, VectorAuthorization(Convert.ToHexStringLower(signature)));

        var result = await Verifier(VectorTime).VerifyAsync(request, VectorKeys);

        Assert.That(result.Failure, Is.EqualTo(SAuthc1Failure.None));
    }

    [Test]
    public void Verify_NoExceptionForAnyTruncationOfAValidHeader()
    {
        var valid = VectorAuthorization(Row3Signature);
        var verifier = Verifier(VectorTime);

        Assert.Multiple(async () =>
        {
            for (var length = 0; length < valid.Length; length++)
            {
                var request = VectorRequest("GET", Row3Path, Row3Query, valid[..length]);
                var result = await verifier.VerifyAsync(request, VectorKeys);
                Assert.That(result.Succeeded, Is.False, $"prefix of length {length}");
            }
        });
    }

    [Test]
    public void Constructor_NegativeSkew_Throws()
    {
        Assert.That(
            () => new SAuthc1Verifier(Options.Create(new SAuthc1VerifierOptions { ClockSkew = TimeSpan.FromSeconds(-1) }), TimeProvider.System),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("options"));
    }

    [Test]
    public void FromHttpRequest_RawTarget_KeepsTheWireFormOfPathAndQuery()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/v1/a b";
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = "/v1/a%20b?orderBy=name+asc";
        context.Request.Headers.Host = "api.stormpath.com";
        context.Request.Headers.Accept = new(["a", "b"]);

        var request = ReceivedRequest.FromHttpRequest(context.Request, Encoding.UTF8.GetBytes("{}"));

        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.RawPath, Is.EqualTo("/v1/a%20b"));
            Assert.That(request.RawQuery, Is.EqualTo("?orderBy=name+asc"));
            Assert.That(request.GetHeader("host"), Is.EqualTo("api.stormpath.com"));
            Assert.That(request.GetHeader("accept"), Is.EqualTo("a,b"));
            Assert.That(request.GetHeader("x-stormpath-date"), Is.Null);
            Assert.That(request.Body.Length, Is.EqualTo(2));
        });
    }

    private static SAuthc1Verifier Verifier(DateTimeOffset now, TimeSpan? skew = null)
    {
        var options = new SAuthc1VerifierOptions();
        if (skew is { } value)
        {
            options.ClockSkew = value;
        }

        return new SAuthc1Verifier(Options.Create(options), new FakeTimeProvider(now));
    }

    private static string VectorAuthorization(string signature) =>
        $"SAuthc1 sauthc1Id=MyId/20130701/{VectorNonce}/sauthc1_request, sauthc1SignedHeaders=host;x-stormpath-date, sauthc1Signature={signature}";

    private static ReceivedRequest VectorRequest(
        string method,
        string path,
        string? query,
        string? authorization,
        string host = "api.stormpath.com",
        string date = "20130701T000000Z") =>
        Request(method, path, query, new() { ["Host"] = host, ["X-Stormpath-Date"] = date, ["Authorization"] = authorization }, []);

    private static ReceivedRequest BodyVectorRequest(string body) =>
        Request(
            "POST",
            "/v1/applications/abc/loginAttempts",
            "?expand=account",
            new()
            {
                ["Accept"] = "application/json",
                ["Content-Type"] = "application/json",
                ["Host"] = "api.example.test:8443",
                ["X-Stormpath-Date"] = "20240102T030405Z",
                ["Authorization"] = "SAuthc1 sauthc1Id=KEYID/20240102/11111111-2222-3333-4444-555555555555/sauthc1_request, "
                    + "sauthc1SignedHeaders=accept;content-type;host;x-stormpath-date, "
                    + "sauthc1Signature=89ed970aad3cc29d3dbad6f5527fbd18f39bccc2eadc932a21f9012b45dde6f9",
            },
            Encoding.UTF8.GetBytes(body));

    private static ReceivedRequest Request(string method, string path, string? query, Dictionary<string, string?> headers, byte[] body)
    {
        var lookup = new Dictionary<string, string?>(headers, StringComparer.OrdinalIgnoreCase);
        return new ReceivedRequest(method, path, query, name => lookup.GetValueOrDefault(name), body);
    }
}
