using System.Text;

namespace Stormpath.Client.Tests.Errors;

/// <summary>Parser tests over canned bytes; the mapping of real server answers is tested in StormpathClientErrorTests.</summary>
public sealed class StormpathResponseReaderTests
{
    [Test]
    public void TryParseError_DocumentedErrorBody_ReadsEveryField()
    {
        var error = StormpathResponseReader.TryParseError(Encoding.UTF8.GetBytes("""
            {"status":400,"code":2000,"message":"Account surname is required.","developerMessage":"Account surname is required; it cannot be null.",
             "moreInfo":"https://docs.stormpath.com/rest/product-guide/latest/errors.html#error-2000","requestId":"7d4b1c10-0f2e-11e6-9a4f-0ac3b2c1d0e9","extra":1}
            """));

        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Status, Is.EqualTo(400));
        Assert.That(error.Code, Is.EqualTo(2000));
        Assert.That(error.Message, Is.EqualTo("Account surname is required."));
        Assert.That(error.DeveloperMessage, Does.StartWith("Account surname is required;"));
        Assert.That(error.MoreInfo, Does.EndWith("#error-2000"));
        Assert.That(error.RequestId, Is.EqualTo("7d4b1c10-0f2e-11e6-9a4f-0ac3b2c1d0e9"));
    }

    [TestCase("")]
    [TestCase("<html><body>502 Bad Gateway</body></html>")]
    [TestCase("{\"status\":400,\"code\":20")]
    [TestCase("{\"unrelated\":true}")]
    [TestCase("[1,2,3]")]
    public void TryParseError_BodyThatIsNotAStormpathError_GivesNull(string body)
    {
        Assert.That(StormpathResponseReader.TryParseError(Encoding.UTF8.GetBytes(body)), Is.Null);
    }
}
