using System.Net;
using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Http;

/// <summary>Network faults from <see cref="FaultProxy"/>, in front of a canned server that answers every request the same.</summary>
public sealed class StormpathClientFaultTests
{
    private const string Group = """{"href":"http://127.0.0.1/v1/groups/G1","name":"g"}""";

    [Test]
    public async Task Get_ConnectionDroppedAfterTheRequest_IsRetriedOnANewConnection()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(200, Group));
        await using var proxy = new FaultProxy(server.Origin, n => n == 0 ? ProxyFault.DropResponse : ProxyFault.None);
        await using var client = TestClient.Create(proxy.Through(server.BaseUrl), "K", "S");

        var group = await client.Client.GetAsync<StormpathGroup>(new Uri(proxy.Through(server.BaseUrl), "groups/G1"));

        Assert.That(group!.Name, Is.EqualTo("g"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Post_ConnectionDroppedAfterTheRequest_IsNotRetried()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(201, Group));
        await using var proxy = new FaultProxy(server.Origin, n => n == 0 ? ProxyFault.DropResponse : ProxyFault.None);
        await using var client = TestClient.Create(proxy.Through(server.BaseUrl), "K", "S");

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.CreateGroupAsync(new Uri(proxy.Through(server.BaseUrl), "directories/D1/groups"), new StormpathGroupRequest { Name = "g" }));

        Assert.That(e!.Status, Is.Null);
        Assert.That(e.InnerException, Is.Not.Null);
        Assert.That(server.Requests, Has.Count.EqualTo(1), "the server acted once; a blind retry would have acted twice");
    }

    [Test]
    public async Task Get_ResponseCutShortEveryTime_EndsInAClearTruncationException()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(200, Group));
        await using var proxy = new FaultProxy(server.Origin, _ => ProxyFault.CutResponseAfter(150));
        await using var client = TestClient.Create(proxy.Through(server.BaseUrl), "K", "S", o => o.MaxRetries = 1);

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathGroup>(new Uri(proxy.Through(server.BaseUrl), "groups/G1")));

        Assert.That(e!.Message, Does.Contain("ended before its body was complete"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Get_Latency_EndsTheAttemptOnTimeAndTheRetrySucceeds()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(200, Group));
        await using var proxy = new FaultProxy(server.Origin, n => n == 0 ? ProxyFault.Latency(TimeSpan.FromSeconds(10)) : ProxyFault.None);
        await using var client = TestClient.Create(proxy.Through(server.BaseUrl), "K", "S", o => o.Timeout = TimeSpan.FromMilliseconds(500));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var group = await client.Client.GetAsync<StormpathGroup>(new Uri(proxy.Through(server.BaseUrl), "groups/G1"));

        Assert.That(group!.Name, Is.EqualTo("g"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
    }

    [Test]
    public async Task Post_Latency_TimesOutWithoutARetry()
    {
        await using var server = new CannedHttpServer(_ => new CannedResponse(201, Group));
        await using var proxy = new FaultProxy(server.Origin, _ => ProxyFault.Latency(TimeSpan.FromSeconds(10)));
        await using var client = TestClient.Create(proxy.Through(server.BaseUrl), "K", "S", o => o.Timeout = TimeSpan.FromMilliseconds(500));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.CreateGroupAsync(new Uri(proxy.Through(server.BaseUrl), "directories/D1/groups"), new StormpathGroupRequest { Name = "g" }));

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
        Assert.That(e!.Message, Does.Contain("did not complete within 0.5 s"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(e.Status, Is.Not.EqualTo(HttpStatusCode.OK));
    }
}
