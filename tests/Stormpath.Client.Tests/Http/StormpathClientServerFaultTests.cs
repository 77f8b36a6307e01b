using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Http;

/// <summary>Network faults between the client and the real server, through <see cref="FaultProxy"/>.</summary>
public sealed class StormpathClientServerFaultTests : ServerTestBase
{
    [Test]
    public async Task CreateAccount_ResponseLost_LooksTheAccountUpAndDoesNotCreateItTwice()
    {
        var (client, created) = await CreateThroughProxyAsync(ProxyFault.DropResponse);
        await using (client)
        {
            Assert.That(created, Is.EqualTo(1), "exactly one account");
            Assert.That(client.Requests.Requests.Count(r => r.Method == "POST"), Is.EqualTo(1), "the POST was not repeated");
            Assert.That(client.Logs.Entries.Select(l => l.EventId.Id), Does.Contain(1006).And.Contain(1007));
        }
    }

    [Test]
    public async Task CreateAccount_ResponseSlowerThanTheTimeout_IsFoundAfterwardsNotDuplicated()
    {
        var (client, created) = await CreateThroughProxyAsync(ProxyFault.Latency(TimeSpan.FromSeconds(5)), o => o.Timeout = TimeSpan.FromSeconds(1));
        await using (client)
        {
            Assert.That(created, Is.EqualTo(1), "exactly one account");
            Assert.That(client.Requests.Requests.Count(r => r.Method == "POST"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetAccount_ConnectionDropped_IsRetriedAndSucceeds()
    {
        var account = await CreateAccountAsync();
        await using var proxy = new FaultProxy(new Uri(Host.BaseUrl.GetLeftPart(UriPartial.Authority)), n => n == 0 ? ProxyFault.DropResponse : ProxyFault.None);
        await using var client = CreateClient(baseUrl: proxy.Through(Host.BaseUrl));

        var read = await client.Client.GetAsync<StormpathAccount>(proxy.Through(account.Href));

        Assert.That(read!.Email, Is.EqualTo(account.Email));
        Assert.That(client.Requests.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetAccount_BodyCutShort_GivesAClearException()
    {
        var account = await CreateAccountAsync();
        await using var proxy = new FaultProxy(new Uri(Host.BaseUrl.GetLeftPart(UriPartial.Authority)), _ => ProxyFault.CutResponseAfter(300));
        await using var client = CreateClient(o => o.MaxRetries = 1, proxy.Through(Host.BaseUrl));

        var e = Assert.ThrowsAsync<StormpathException>(() => client.Client.GetAsync<StormpathAccount>(proxy.Through(account.Href)));

        Assert.That(e!.Message, Does.Contain("ended before its body was complete"));
    }

    /// <summary>Creates an account through a proxy that spoils the first connection; answers how many accounts have its email.</summary>
    private async Task<(TestClient Client, int Accounts)> CreateThroughProxyAsync(ProxyFault firstConnection, Action<StormpathClientOptions>? configure = null)
    {
        await using var proxy = new FaultProxy(new Uri(Host.BaseUrl.GetLeftPart(UriPartial.Authority)), n => n == 0 ? firstConnection : ProxyFault.None);
        var client = CreateClient(configure, proxy.Through(Host.BaseUrl));
        var email = UniqueEmail("once");

        var account = await client.Client.CreateAccountAsync(
            proxy.Through(DirectoryAccounts),
            new StormpathAccountCreateRequest { Email = email, Password = Password },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false });

        Assert.That(account.Email, Is.EqualTo(email));
        var query = new StormpathQuery();
        query.Filters["email"] = email;
        return (client, (await Sp.Client.GetPageAsync<StormpathAccount>(DirectoryAccounts, query)).Size);
    }
}
