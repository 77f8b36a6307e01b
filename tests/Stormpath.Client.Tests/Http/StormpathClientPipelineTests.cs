using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Polly.Timeout;
using Stormpath.Client.Tests.Support;
using Stormpath.Shared.SAuthc1;

namespace Stormpath.Client.Tests.Http;

/// <summary>
/// The whole client pipeline against <see cref="CannedHttpServer"/>, a "future server" that says what our
/// Stormpath.Server never says: unknown values, 429/503 with Retry-After, redirects, HTML and cut-short bodies.
/// </summary>
public sealed partial class StormpathClientPipelineTests
{
    private const string KeyId = "PIPELINEKEYID";
    private const string Secret = "pipeline-secret-Zm9vYmFyYmF6cXV4";

    [Test]
    public async Task GetAsync_UnknownStatusAndUnknownFields_ReadAsUnknownWithoutFailing()
    {
        await using var server = new CannedHttpServer(r => new CannedResponse(200, $$$"""
            {"href":"{{{Origin(r)}}}/v1/accounts/A1","email":"a@x.test","status":"LOCKED_BY_ADMIN","emailVerificationStatus":"PENDING","hologram":{"x":1} }
            """));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var account = await client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1"));

        Assert.That(account!.Status, Is.EqualTo(StormpathAccountStatus.Unknown));
        Assert.That(account.EmailVerificationStatus, Is.EqualTo(StormpathEmailVerificationStatus.Unknown));
        Assert.That(account.AdditionalProperties!.ContainsKey("hologram"), Is.True);
    }

    [Test]
    public async Task ErrorResponse_RequestIdOnlyInHeader_IsTakenFromTheHeader()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(400, """{"status":400,"code":2002,"message":"Bad.","developerMessage":"Bad value."}""")
        {
            Headers = { ["Stormpath-Request-Id"] = "hdr-request-id" },
        });
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(e.Code, Is.EqualTo(2002));
        Assert.That(e.UserMessage, Is.EqualTo("Bad."));
        Assert.That(e.DeveloperMessage, Is.EqualTo("Bad value."));
        Assert.That(e.RequestId, Is.EqualTo("hdr-request-id"));
    }

    [Test]
    public async Task ErrorResponse_HtmlFromAProxy_BecomesAClearStormpathException()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(502, "<html><body>Bad Gateway</body></html>") { Headers = { ["Content-Type"] = "text/html" } });
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.MaxRetries = 0);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(e.Error, Is.Null);
        Assert.That(e.Message, Does.Contain("not a Stormpath error").And.Contain("text/html"));
    }

    [Test]
    public async Task SuccessResponse_NotJson_BecomesAClearStormpathException()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, "{\"href\": \"http://x/v1/accounts/A1\", \"email\": "));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")));

        Assert.That(e!.Message, Does.Contain("could not be read as the expected JSON"));
        Assert.That(e.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
    }

    [Test]
    public async Task TruncatedBody_OnGet_IsRetriedThenGivesAClearException()
    {
        var body = $$"""{"href":"http://127.0.0.1/v1/accounts/A1","email":"a@x.test","givenName":"Rose"}""";
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, body) { CutAfterBytes = 20 });
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.MaxRetries = 2);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")));

        Assert.That(e!.Message, Does.Contain("ended before its body was complete"));
        Assert.That(e.InnerException, Is.InstanceOf<IOException>());
        Assert.That(server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TooManyRequests_OnPost_WaitsForRetryAfterAndRetries()
    {
        var group = """{"href":"http://127.0.0.1/v1/groups/G1","name":"admins","status":"ENABLED"}""";
        await using var server = CannedHttpServer.Sequence(
            new CannedResponse(429, """{"status":429,"code":429,"message":"Slow down."}""") { Headers = { ["Retry-After"] = "1" } },
            new CannedResponse(201, group));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);
        var watch = Stopwatch.StartNew();

        var created = await client.Client.CreateGroupAsync(new Uri(server.BaseUrl, "directories/D1/groups"), new StormpathGroupRequest { Name = "admins" });

        Assert.That(created.Name, Is.EqualTo("admins"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)));
        Assert.That(client.Requests.Requests[0].Header("Authorization"), Is.Not.EqualTo(client.Requests.Requests[1].Header("Authorization")), "each attempt is signed afresh");
    }

    [Test]
    public async Task ServiceUnavailable_OnPost_IsRetried()
    {
        await using var server = CannedHttpServer.Sequence(
            new CannedResponse(503, """{"status":503,"code":503,"message":"Down."}"""),
            new CannedResponse(201, """{"href":"http://127.0.0.1/v1/groups/G1","name":"g"}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var created = await client.Client.CreateGroupAsync(new Uri(server.BaseUrl, "directories/D1/groups"), new StormpathGroupRequest { Name = "g" });

        Assert.That(created.Name, Is.EqualTo("g"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task InternalServerError_OnPost_IsNotRetried()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(500, """{"status":500,"code":500,"message":"Oops."}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.CreateGroupAsync(new Uri(server.BaseUrl, "directories/D1/groups"), new StormpathGroupRequest { Name = "g" }));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task InternalServerError_OnGet_IsRetried()
    {
        await using var server = CannedHttpServer.Sequence(
            new CannedResponse(500, """{"status":500,"code":500,"message":"Oops."}"""),
            new CannedResponse(200, """{"href":"http://127.0.0.1/v1/groups/G1","name":"g"}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var group = await client.Client.GetAsync<StormpathGroup>(new Uri(server.BaseUrl, "groups/G1"));

        Assert.That(group!.Name, Is.EqualTo("g"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Redirect_ToTheSameOrigin_IsFollowedAndSignedForTheNewUrl()
    {
        await using var server = new CannedHttpServer(r => r.Target.EndsWith("/current", StringComparison.Ordinal)
            ? new CannedResponse(302) { Headers = { ["Location"] = Origin(r) + "/v1/tenants/T1" } }
            : new CannedResponse(200, $$"""{"href":"{{Origin(r)}}/v1/tenants/T1","name":"t","key":"t"}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var tenant = await client.Client.GetCurrentTenantAsync();

        Assert.That(tenant.Key, Is.EqualTo("t"));
        Assert.That(server.Requests.Select(r => r.Target), Is.EqualTo(new[] { "/v1/tenants/current", "/v1/tenants/T1" }));
        foreach (var request in server.Requests)
        {
            AssertSignatureMatches(request);
        }
    }

    [Test]
    public async Task Redirect_ToAnotherOrigin_IsRefused()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(302) { Headers = { ["Location"] = "https://elsewhere.example.test/v1/tenants/T1" } });
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetCurrentTenantAsync());

        Assert.That(e!.Message, Does.Contain("redirect to another origin"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SlowServer_AttemptTimeout_EndsTheCallOnTime()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, "{}") { Delay = TimeSpan.FromSeconds(10) });
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(300);
            o.TotalTimeout = TimeSpan.FromSeconds(1);
            o.MaxRetries = 0;
        });
        var watch = Stopwatch.StartNew();

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")));

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(e!.Status, Is.Null);
        Assert.That(e.InnerException, Is.InstanceOf<TimeoutRejectedException>());
        Assert.That(e.Message, Does.Contain("did not complete within 0.3 s"));
    }

    [Test]
    public async Task ForeignHref_IsRefusedBeforeAnythingIsSent()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, "{}"));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        Assert.That(
            () => client.Client.DeleteAsync(new Uri("https://attacker.example.test/v1/accounts/A1")),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("href"));
        Assert.That(server.Requests, Is.Empty);
    }

    [Test]
    public async Task EveryRequest_CarriesTheLibrarysUserAgentAndAcceptsJson()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(404, """{"status":404,"code":404,"message":"Not found."}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        Assert.That(await client.Client.GetAsync<StormpathAccount>(new Uri(server.BaseUrl, "accounts/A1")), Is.Null);

        var request = server.Requests.Single();
        Assert.That(request.Headers["User-Agent"], Does.Match(UserAgentPattern()));
        Assert.That(request.Headers["Accept"], Is.EqualTo("application/json"));
    }

    [Test]
    public async Task SAuthc1_SignatureCoversTheRequestAsReceived()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, """{"account":{"href":"http://127.0.0.1/v1/accounts/A1"}}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);

        await client.Client.AuthenticateAsync(new Uri(server.BaseUrl, "applications/A1"), "rose", "Bad Wolf 2005!", new Uri(server.BaseUrl, "directories/D1"));

        var request = server.Requests.Single();
        Assert.That(SAuthc1Header.TryParse(request.Headers["Authorization"], out var header, out _), Is.True);
        Assert.That(header!.SignedHeaders, Is.EqualTo(new[] { "content-type", "host", "x-stormpath-date" }));
        Assert.That(request.Target, Is.EqualTo("/v1/applications/A1/loginAttempts?expand=account"));
        AssertSignatureMatches(request);
    }

    [Test]
    public async Task Basic_SendsTheKeyAsBasicCredentials()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(204));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.AuthenticationScheme = StormpathAuthenticationScheme.Basic);

        Assert.That(await client.Client.DeleteAsync(new Uri(server.BaseUrl, "accounts/A1")), Is.True);

        Assert.That(server.Requests.Single().Headers["Authorization"], Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(KeyId + ":" + Secret))));
    }

    [TestCase(StormpathAuthenticationScheme.SAuthc1)]
    [TestCase(StormpathAuthenticationScheme.Basic)]
    public async Task FailedLogin_NeitherSecretNorPasswordAppearInLogsOrExceptions(StormpathAuthenticationScheme scheme)
    {
        const string password = "P4ssw0rd-that-must-not-leak";
        await using var server = CannedHttpServer.Sequence(new CannedResponse(400, """{"status":400,"code":7100,"message":"Invalid username or password.","developerMessage":"Login attempt failed because the specified password is incorrect."}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.AuthenticationScheme = scheme);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.AuthenticateAsync(new Uri(server.BaseUrl, "applications/A1"), "rose", password));

        Assert.That(e!.Code, Is.EqualTo(7100));
        var basicValue = Convert.ToBase64String(Encoding.UTF8.GetBytes("rose:" + password));
        var basicKey = Convert.ToBase64String(Encoding.UTF8.GetBytes(KeyId + ":" + Secret));
        foreach (var text in new[] { e.ToString(), client.Logs.AllText })
        {
            Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain(password).And.Not.Contain(basicValue).And.Not.Contain(basicKey));
        }

        Assert.That(client.Logs.Entries.Select(l => l.EventId.Id), Does.Contain(1001).And.Contain(1003));
    }

    [Test]
    public async Task EnumerateAsync_WalksOffsetToTheEndOfTheCollection()
    {
        await using var server = new CannedHttpServer(r => Page(r, total: 7));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.PageSize = 3);

        var names = new List<string?>();
        await foreach (var group in client.Client.EnumerateAsync<StormpathGroup>(new Uri(server.BaseUrl, "directories/D1/groups")))
        {
            names.Add(group.Name);
        }

        Assert.That(names, Is.EqualTo(Enumerable.Range(0, 7).Select(i => "g" + i)));
        Assert.That(server.Requests.Select(r => r.Target), Is.EqualTo(new[]
        {
            "/v1/directories/D1/groups?limit=3&offset=0",
            "/v1/directories/D1/groups?limit=3&offset=3",
            "/v1/directories/D1/groups?limit=3&offset=6",
        }));
    }

    [Test]
    public async Task EnumerateAsync_ShortPage_EndsTheWalkEvenWhenSizeSaysMore()
    {
        await using var server = new CannedHttpServer(r => Page(r, total: 4, reportedSize: 1000));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.PageSize = 3);

        var count = 0;
        await foreach (var _ in client.Client.EnumerateAsync<StormpathGroup>(new Uri(server.BaseUrl, "directories/D1/groups")))
        {
            count++;
        }

        Assert.That(count, Is.EqualTo(4));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Metrics_CountRequestsAndFailuresTaggedWithMethodAndStatus()
    {
        await using var server = CannedHttpServer.Sequence(
            new CannedResponse(503, """{"status":503,"code":503}"""),
            new CannedResponse(200, """{"href":"http://127.0.0.1/v1/groups/G1","name":"g"}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);
        var measurements = new List<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Stormpath.Client")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();

        await client.Client.GetAsync<StormpathGroup>(new Uri(server.BaseUrl, "groups/G1"));

        var requests = measurements.Where(m => m.Instrument == "stormpath.client.requests").ToList();
        Assert.That(requests.Select(m => m.Tags["http.response.status_code"]), Is.EqualTo(new object[] { 503, 200 }));
        Assert.That(requests.All(m => (string?)m.Tags["http.request.method"] == "GET"), Is.True);
        Assert.That(measurements.Count(m => m.Instrument == "stormpath.client.request.failures"), Is.EqualTo(1));
        Assert.That(measurements.SelectMany(m => m.Tags.Values).OfType<string>(), Has.None.Contains("/v1/"), "no href in tags");
    }

    [Test]
    public async Task CircuitBreaker_ManyFailures_StopsSendingAndSaysWhy()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(500, """{"status":500,"code":500}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret, o => o.MaxRetries = 0);
        var href = new Uri(server.BaseUrl, "groups/G1");
        for (var i = 0; i < 20; i++)
        {
            Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathGroup>(href));
        }

        var sent = server.Requests.Count;
        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathGroup>(href));

        Assert.That(e!.Message, Does.Contain("too many recent calls failed"));
        Assert.That(e.InnerException, Is.InstanceOf<Polly.CircuitBreaker.BrokenCircuitException>());
        Assert.That(server.Requests, Has.Count.EqualTo(sent), "an open circuit sends nothing");
        Assert.That(client.Logs.Entries.Select(l => l.EventId.Id), Does.Contain(1008));
    }

    [Test]
    public async Task Activity_EachCall_IsTracedWithMethodAndStatusButNoHref()
    {
        await using var server = CannedHttpServer.Sequence(new CannedResponse(200, """{"href":"http://127.0.0.1/v1/groups/G1","name":"g"}"""));
        await using var client = TestClient.Create(server.BaseUrl, KeyId, Secret);
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Stormpath.Client",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (stopped)
                {
                    stopped.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await client.Client.GetAsync<StormpathGroup>(new Uri(server.BaseUrl, "groups/G1"));

        var activity = stopped.Single();
        Assert.That(activity.DisplayName, Is.EqualTo("Stormpath GET"));
        Assert.That(activity.GetTagItem("http.request.method"), Is.EqualTo("GET"));
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(200));
        Assert.That(activity.Tags.Select(t => t.Value), Has.None.Contains("/v1/"));
    }

    private static CannedResponse Page(CannedRequest request, int total, int? reportedSize = null)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + request.Target).Query);
        var offset = int.Parse(query["offset"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var limit = int.Parse(query["limit"] ?? "25", System.Globalization.CultureInfo.InvariantCulture);
        var items = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, total - offset)))
            .Select(i => $$"""{"href":"{{Origin(request)}}/v1/groups/G{{i}}","name":"g{{i}}"}""");
        return new CannedResponse(200, $$"""{"href":"{{Origin(request)}}{{request.Target}}","offset":{{offset}},"limit":{{limit}},"size":{{reportedSize ?? total}},"items":[{{string.Join(",", items)}}]}""");
    }

    private static string Origin(CannedRequest request) => "http://" + request.Headers["Host"];

    /// <summary>Recomputes the SAuthc1 signature from the request exactly as the server received it.</summary>
    private static void AssertSignatureMatches(CannedRequest request)
    {
        Assert.That(SAuthc1Header.TryParse(request.Headers["Authorization"], out var header, out _), Is.True);
        Assert.That(SAuthc1Crypto.TryParseTimestamp(request.Headers["X-Stormpath-Date"], out var time), Is.True);
        var target = new Uri("http://" + request.Headers["Host"] + request.Target);
        var signed = header!.SignedHeaders.Select(name => new KeyValuePair<string, string>(name, request.Headers[name]));
        var expected = SAuthc1Signer.Sign(
            request.Method,
            target.AbsolutePath,
            target.Query,
            signed,
            SAuthc1Crypto.BodyHash(Encoding.UTF8.GetBytes(request.Body)),
            KeyId,
            Secret,
            time,
            header.Nonce);
        Assert.That(header.Signature, Is.EqualTo(expected.Signature));
        Assert.That(header.KeyId, Is.EqualTo(KeyId));
    }

    [GeneratedRegex(@"^stormpath-identity-dotnet/\d+\.\d+\.\d+\S* dotnet/\d+\.\d+\.\d+\S* [a-z]+/\d[\d.]*$")]
    private static partial Regex UserAgentPattern();
}
