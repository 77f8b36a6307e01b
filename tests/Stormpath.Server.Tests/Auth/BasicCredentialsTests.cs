using System.Text;
using Stormpath.Server.Auth;

namespace Stormpath.Server.Tests.Auth;

public sealed class BasicCredentialsTests
{
    [Test]
    public void TryParse_KeyAndSecret_ReturnsTheKeyId()
    {
        var parsed = BasicCredentials.TryParse(Basic("KEY:se:cret"), out var credentials, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(error, Is.EqualTo(BasicCredentialsParseError.None));
            Assert.That(credentials!.KeyId, Is.EqualTo("KEY"));
            Assert.That(credentials.SecretMatches("se:cret"), Is.True);
        });
    }

    [TestCase(null, BasicCredentialsParseError.NotBasic)]
    [TestCase("", BasicCredentialsParseError.NotBasic)]
    [TestCase("Basic", BasicCredentialsParseError.NotBasic)]
    [TestCase("SAuthc1 sauthc1Id=x", BasicCredentialsParseError.NotBasic)]
    [TestCase("Basic !!!", BasicCredentialsParseError.MalformedEncoding)]
    [TestCase("Basic /w==", BasicCredentialsParseError.MalformedEncoding)]
    [TestCase("Basic S0VZ", BasicCredentialsParseError.MissingKeyId)]
    [TestCase("Basic OnNlY3JldA==", BasicCredentialsParseError.MissingKeyId)]
    public void TryParse_Malformed_FailsWithItsReason(string? authorization, object expected)
    {
        var parsed = BasicCredentials.TryParse(authorization, out var credentials, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(credentials, Is.Null);
            Assert.That(error, Is.EqualTo(expected));
        });
    }

    [Test]
    public void TryParse_SchemeInOtherCase_Parses()
    {
        Assert.That(BasicCredentials.TryParse("basic " + Convert.ToBase64String("K:S"u8.ToArray()), out _, out _), Is.True);
    }

    [TestCase("secret", true)]
    [TestCase("secreT", false)]
    [TestCase("secret ", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void SecretMatches_StoredSecret_ComparesExactly(string? stored, bool expected)
    {
        BasicCredentials.TryParse(Basic("KEY:secret"), out var credentials, out _);

        Assert.That(credentials!.SecretMatches(stored), Is.EqualTo(expected));
    }

    [Test]
    public void SecretMatches_EmptySentSecretAndUnknownKey_IsFalse()
    {
        BasicCredentials.TryParse(Basic("KEY:"), out var credentials, out _);

        Assert.That(credentials!.SecretMatches(null), Is.False);
    }

    [Test]
    public async Task VerifyAsync_KnownAndUnknownKeys_LooksTheKeyUp()
    {
        var keys = new DictionarySecretLookup(new Dictionary<string, string> { ["KEY"] = "secret" });
        BasicCredentials.TryParse(Basic("KEY:secret"), out var good, out _);
        BasicCredentials.TryParse(Basic("OTHER:secret"), out var unknown, out _);

        Assert.Multiple(async () =>
        {
            Assert.That(await good!.VerifyAsync(keys), Is.True);
            Assert.That(await unknown!.VerifyAsync(keys), Is.False);
        });
    }

    [Test]
    public void ToString_NeverContainsTheSecret()
    {
        BasicCredentials.TryParse(Basic("KEY:TopSecretValue"), out var credentials, out _);

        Assert.That(credentials!.ToString(), Does.Contain("KEY").And.Not.Contain("TopSecretValue"));
    }

    private static string Basic(string text) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
