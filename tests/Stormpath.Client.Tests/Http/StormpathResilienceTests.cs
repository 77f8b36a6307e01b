using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace Stormpath.Client.Tests.Http;

public sealed class StormpathResilienceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [TestCase("GET", HttpStatusCode.ServiceUnavailable, true)]
    [TestCase("POST", HttpStatusCode.ServiceUnavailable, true)]
    [TestCase("POST", HttpStatusCode.TooManyRequests, true)]
    [TestCase("GET", HttpStatusCode.InternalServerError, true)]
    [TestCase("DELETE", HttpStatusCode.BadGateway, true)]
    [TestCase("POST", HttpStatusCode.InternalServerError, false)]
    [TestCase("POST", HttpStatusCode.GatewayTimeout, false)]
    [TestCase("GET", HttpStatusCode.NotFound, false)]
    [TestCase("GET", HttpStatusCode.Conflict, false)]
    [TestCase("POST", HttpStatusCode.BadRequest, false)]
    public void ShouldRetry_Answer_RetriesOnlyWhatIsSafe(string method, HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.That(StormpathResilience.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method), _time), Is.EqualTo(expected));
    }

    [TestCase("GET", true)]
    [TestCase("DELETE", true)]
    [TestCase("POST", false)]
    public void ShouldRetry_TimeoutOrLostConnection_RetriesOnlyIdempotentMethods(string method, bool expected)
    {
        var verb = new HttpMethod(method);
        Assert.That(StormpathResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), verb, _time), Is.EqualTo(expected));
        Assert.That(StormpathResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), verb, _time), Is.EqualTo(expected));
        Assert.That(StormpathResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpIOException(HttpRequestError.ResponseEnded)), verb, _time), Is.EqualTo(expected));
    }

    [Test]
    public void ShouldRetry_RetryAfterLongerThanTheLongestDelay_GivesUp()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new(TimeSpan.FromMinutes(5));

        Assert.That(StormpathResilience.ShouldRetry(Outcome.FromResult(response), HttpMethod.Get, _time), Is.False);
    }

    [Test]
    public void RetryAfter_SecondsAndHttpDate_AreBothRead()
    {
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new(TimeSpan.FromSeconds(2));
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new(_time.GetUtcNow().AddSeconds(7));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.That(StormpathResilience.RetryAfter(seconds, _time), Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(StormpathResilience.RetryAfter(date, _time), Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(StormpathResilience.RetryAfter(none, _time), Is.Null);
    }
}
