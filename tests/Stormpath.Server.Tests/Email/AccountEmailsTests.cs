using Stormpath.Server.Email;

namespace Stormpath.Server.Tests.Email;

public sealed class AccountEmailsTests
{
    [TestCase("https://app.example.test/verify", "abc", "https://app.example.test/verify?sptoken=abc")]
    [TestCase("https://app.example.test/verify?lang=en", "abc", "https://app.example.test/verify?lang=en&sptoken=abc")]
    [TestCase("http://localhost:5000/reset", "a b/c+d=&e", "http://localhost:5000/reset?sptoken=a%20b%2Fc%2Bd%3D%26e")]
    public void Link_BaseAndToken_AppendsTheEncodedToken(string linkBaseUrl, string token, string expected)
    {
        Assert.That(AccountEmails.Link(linkBaseUrl, token), Is.EqualTo(expected));
    }

    [TestCase("/verify")]
    [TestCase("ftp://app.example.test/verify")]
    [TestCase("")]
    public void Link_BaseNotAnAbsoluteHttpUrl_Throws(string linkBaseUrl)
    {
        Assert.That(() => AccountEmails.Link(linkBaseUrl, "abc"), Throws.ArgumentException.With.Property("ParamName").EqualTo("linkBaseUrl"));
    }

    [Test]
    public void ResetPassword_Message_NamesTheRecipientTheLinkAndTheLifetime()
    {
        var message = AccountEmails.ResetPassword("rose@example.test", "Rose", "https://app.example.test/reset", "t0k", TimeSpan.FromHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(message.ToAddress, Is.EqualTo("rose@example.test"));
            Assert.That(message.ToName, Is.EqualTo("Rose"));
            Assert.That(message.Subject, Is.EqualTo("Reset your password"));
            Assert.That(message.TextBody, Does.Contain("https://app.example.test/reset?sptoken=t0k").And.Contain("within 1 hour:"));
            Assert.That(message.HtmlBody, Does.Contain("<a href=\"https://app.example.test/reset?sptoken=t0k\">"));
        });
    }

    [Test]
    public void VerifyEmail_NameWithMarkup_IsEscapedInTheHtmlBody()
    {
        var message = AccountEmails.VerifyEmail("x@example.test", "<b>Eve</b>", "https://app.example.test/verify", "t");

        Assert.That(message.HtmlBody, Does.Contain("Hello &lt;b&gt;Eve&lt;/b&gt;,").And.Not.Contain("<b>Eve"));
    }
}
