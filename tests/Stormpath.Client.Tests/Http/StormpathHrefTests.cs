namespace Stormpath.Client.Tests.Http;

public sealed class StormpathHrefTests
{
    private static readonly Uri BaseUrl = new("https://sp.example.test/v1/");

    [Test]
    public void Resolve_HrefOnTheConfiguredOrigin_IsReturnedUnchanged()
    {
        var href = new Uri("https://SP.example.test/v1/accounts/abc");

        Assert.That(StormpathHref.Resolve(BaseUrl, href, "href"), Is.EqualTo(href));
    }

    [Test]
    public void Resolve_RelativeHref_IsResolvedUnderTheBaseUrl()
    {
        Assert.That(StormpathHref.Resolve(BaseUrl, new Uri("accounts/abc", UriKind.Relative), "href"), Is.EqualTo(new Uri("https://sp.example.test/v1/accounts/abc")));
    }

    [TestCase("https://evil.example.test/v1/accounts/abc")]
    [TestCase("http://sp.example.test/v1/accounts/abc")]
    [TestCase("https://sp.example.test:8443/v1/accounts/abc")]
    public void Resolve_HrefOnAnotherOrigin_IsRefusedWithArgumentException(string href)
    {
        Assert.That(
            () => StormpathHref.Resolve(BaseUrl, new Uri(href), "accountHref"),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("accountHref").And.Message.Contains("not on the configured Stormpath origin"));
    }

    [Test]
    public void PathAndQuery_CollectionHrefWithQuery_AreSplitAndDecoded()
    {
        var href = new Uri("https://sp.example.test/v1/directories/D1/accounts?offset=0&limit=2&q=rose%20tyler");

        Assert.That(StormpathHref.Path(href), Is.EqualTo("v1/directories/D1/accounts"));
        Assert.That(StormpathHref.Query(href), Is.EquivalentTo(new Dictionary<string, string> { ["offset"] = "0", ["limit"] = "2", ["q"] = "rose tyler" }));
    }

    [Test]
    public void Child_Token_IsEscapedAsOneSegmentAndTheQueryDropped()
    {
        var child = StormpathHref.Child(new Uri("https://sp.example.test/v1/applications/A1?x=1"), "a/b c");

        Assert.That(child.AbsoluteUri, Is.EqualTo("https://sp.example.test/v1/applications/A1/a%2Fb%20c"));
    }

    [TestCase("https://sp.example.test/v1/applications/A1/passwordResetTokens/eyJhbGc.secret.sig", "/v1/applications/A1/passwordResetTokens/{token}")]
    [TestCase("https://sp.example.test/v1/accounts/emailVerificationTokens/tok123", "/v1/accounts/emailVerificationTokens/{token}")]
    [TestCase("https://sp.example.test/v1/directories/D1/accounts?email=rose@example.test", "/v1/directories/D1/accounts")]
    [TestCase("https://sp.example.test/v1/applications/A1/passwordResetTokens", "/v1/applications/A1/passwordResetTokens")]
    public void Redact_TokensAndQueries_NeverReachLogs(string href, string expected)
    {
        Assert.That(StormpathHref.Redact(new Uri(href)), Is.EqualTo(expected));
    }
}
