using System.Diagnostics;

namespace Stormpath.Server.Tests.Login;

/// <summary>An unknown login must cost what a wrong password costs: one bcrypt verification.</summary>
public sealed class LoginTimingTests(string provider) : ServerFixture(provider)
{
    private const int WorkFactor = 12;

    protected override void ConfigureOptions(StormpathServerOptions options) => options.BcryptWorkFactor = WorkFactor;

    [Test]
    public async Task Login_UnknownLogin_SpendsAtLeastHalfABcryptVerification()
    {
        var hash = BCrypt.Net.BCrypt.HashPassword("reference", WorkFactor);
        var bare = Enumerable.Range(0, 3).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            BCrypt.Net.BCrypt.Verify("reference", hash);
            return watch.Elapsed;
        }).Min();

        // Warm up the connection and the server's code paths, then time one attempt. A lower bound only: a
        // busy machine makes the request slower, never faster than the hash it has to compute.
        using (await LoginAsync($"{Unique("warm")}@example.test", "Passw0rd!"))
        {
        }

        var request = Stopwatch.StartNew();
        using var response = await LoginAsync($"{Unique("nobody")}@example.test", "Passw0rd!");
        request.Stop();
        await AssertErrorAsync(response, 400, 7104);
        Assert.That(request.Elapsed, Is.GreaterThanOrEqualTo(bare / 2), $"bare bcrypt {bare.TotalMilliseconds:0} ms");
    }
}
