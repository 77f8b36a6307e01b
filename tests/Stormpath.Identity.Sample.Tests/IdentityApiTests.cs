using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Stormpath.Identity.Sample.Tests.Infrastructure;

namespace Stormpath.Identity.Sample.Tests;

/// <summary><c>MapIdentityApi</c> under <c>/api/identity</c>: the JSON surface of the same stores.</summary>
public class IdentityApiTests : SampleBrowserTest
{
    [Test]
    public async Task Login_RightPassword_GivesABearerTokenThatReadsTheAccount()
    {
        var email = NewEmail("api");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);
        using var http = new HttpClient { BaseAddress = Sample.BaseUrl };

        using var login = await http.PostAsJsonAsync("api/identity/login", new { email, password = Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/identity/manage/info");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var info = await http.SendAsync(request);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(info.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await info.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString(), Is.EqualTo(email));
        });
    }

    [Test]
    public async Task Login_WrongPasswordOrUnknownUser_AnswersUnauthorizedAlike()
    {
        var email = NewEmail("api-wrong");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);
        using var http = new HttpClient { BaseAddress = Sample.BaseUrl };

        using var wrongPassword = await http.PostAsJsonAsync("api/identity/login", new { email, password = "Wrong2005x" });
        using var unknownUser = await http.PostAsJsonAsync("api/identity/login", new { email = NewEmail("nobody"), password = Password });

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unknownUser.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await unknownUser.Content.ReadAsStringAsync(), Is.EqualTo(await wrongPassword.Content.ReadAsStringAsync()));
        });
    }
}
