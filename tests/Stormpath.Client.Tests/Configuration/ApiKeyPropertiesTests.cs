namespace Stormpath.Client.Tests.Configuration;

public sealed class ApiKeyPropertiesTests
{
    [Test]
    public void Parse_SdkFileWithSpacesAroundEquals_ReadsBothKeys()
    {
        var (id, secret) = ApiKeyProperties.Parse("apiKey.id = 4VAAAAAAAAAAAAAAAAAAAAAAX4\napiKey.secret = tnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPE\n");

        Assert.That(id, Is.EqualTo("4VAAAAAAAAAAAAAAAAAAAAAAX4"));
        Assert.That(secret, Is.EqualTo("tnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPE"));
    }

    [Test]
    public void Parse_CommentsBlankLinesCrLfAndColonSeparator_AreAccepted()
    {
        var (id, secret) = ApiKeyProperties.Parse("# downloaded from the console\r\n! another comment\r\n\r\n  apiKey.id:ID1\r\napiKey.secret=S=with=equals\r\n");

        Assert.That(id, Is.EqualTo("ID1"));
        Assert.That(secret, Is.EqualTo("S=with=equals"));
    }

    [Test]
    public void Parse_MissingSecret_SaysWhichKeyIsMissing()
    {
        Assert.That(() => ApiKeyProperties.Parse("apiKey.id = X"), Throws.TypeOf<FormatException>().With.Message.Contains("apiKey.secret"));
    }

    [Test]
    public void Parse_MalformedLine_NamesTheLineButNotItsContent()
    {
        Assert.That(
            () => ApiKeyProperties.Parse("apiKey.id = X\nsupersecretvalue\n"),
            Throws.TypeOf<FormatException>().With.Message.Contains("line 2").And.Message.Not.Contains("supersecretvalue"));
    }
}
