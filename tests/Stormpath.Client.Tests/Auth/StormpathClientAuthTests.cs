using System.Net;
using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Auth;

public sealed class StormpathClientAuthTests : ServerTestBase
{
    [Test]
    public async Task Authenticate_RightPassword_ReturnsTheExpandedAccount()
    {
        var account = await CreateAccountAsync();

        var result = await Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, Password);

        Assert.That(result.Account.Href, Is.EqualTo(account.Href));
        Assert.That(result.Account.Email, Is.EqualTo(account.Email));
        Assert.That(Sp.Requests.Requests.Last().Uri.Query, Is.EqualTo("?expand=account"));
    }

    [Test]
    public async Task Authenticate_WithoutExpand_ReturnsOnlyTheAccountHref()
    {
        var account = await CreateAccountAsync();

        var result = await Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, Password, expandAccount: false);

        Assert.That(result.Account.Href, Is.EqualTo(account.Href));
        Assert.That(result.Account.Email, Is.Null);
    }

    [Test]
    public async Task Authenticate_InTheDirectoryAsAccountStore_Succeeds()
    {
        var account = await CreateAccountAsync();

        var result = await Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, Password, DirectoryHref);

        Assert.That(result.Account.Href, Is.EqualTo(account.Href));
    }

    [Test]
    public async Task Authenticate_WrongPassword_Throws400With7100()
    {
        var account = await CreateAccountAsync();

        var e = Assert.ThrowsAsync<StormpathException>(() => Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, "wrong-password"));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(e.Code, Is.EqualTo(7100));
        Assert.That(e.Message, Does.Not.Contain("wrong-password"));
    }

    [Test]
    public void Authenticate_UnknownLogin_Throws400With7104()
    {
        var e = Assert.ThrowsAsync<StormpathException>(() => Sp.Client.AuthenticateAsync(ApplicationHref, UniqueEmail("nobody"), Password));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(e.Code, Is.EqualTo(7104));
    }

    [Test]
    public async Task Authenticate_DisabledAccount_Throws400With7101()
    {
        var account = await CreateAccountAsync();
        await Sp.Client.UpdateAccountAsync(account.Href, new StormpathAccountUpdateRequest { Status = StormpathAccountStatus.Disabled });

        var e = Assert.ThrowsAsync<StormpathException>(() => Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, Password));

        Assert.That(e!.Code, Is.EqualTo(7101));
    }

    [Test]
    public async Task BasicScheme_SameCalls_AreAcceptedByTheServer()
    {
        await using var basic = CreateClient(o => o.AuthenticationScheme = StormpathAuthenticationScheme.Basic);
        var account = await CreateAccountAsync(client: basic);

        var result = await basic.Client.AuthenticateAsync(ApplicationHref, account.Email!, Password);

        Assert.That(result.Account.Href, Is.EqualTo(account.Href));
        Assert.That(basic.Requests.Requests.All(r => r.Header("Authorization")!.StartsWith("Basic ", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task SAuthc1Scheme_EveryRequest_IsSignedWithHostDateAndContentType()
    {
        await CreateAccountAsync();

        var post = Sp.Requests.Requests.Last(r => r.Method == "POST");
        Assert.That(post.Header("Authorization"), Does.StartWith("SAuthc1 sauthc1Id=" + Provisioning.ApiKeyId + "/"));
        Assert.That(post.Header("Authorization"), Does.Contain("sauthc1SignedHeaders=content-type;host;x-stormpath-date,"));
    }

    [TestCase(StormpathAuthenticationScheme.SAuthc1)]
    [TestCase(StormpathAuthenticationScheme.Basic)]
    public async Task WrongSecret_Throws401(StormpathAuthenticationScheme scheme)
    {
        await using var wrong = TestClient.Create(Host.BaseUrl, Provisioning.ApiKeyId, "not-the-secret-0123456789", o => o.AuthenticationScheme = scheme);

        var e = Assert.ThrowsAsync<StormpathException>(() => wrong.Client.GetCurrentTenantAsync());

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(e.ToString(), Does.Not.Contain("not-the-secret-0123456789"));
        Assert.That(wrong.Logs.AllText, Does.Not.Contain("not-the-secret-0123456789"));
    }
}
