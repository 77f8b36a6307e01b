using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Errors;

public sealed class BadInputTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Post_MalformedJson_Returns400WithErrorBody()
    {
        using var response = await PostRawAsync($"{DirectoryHref}/accounts", "{\"email\": ");
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Post_JsonArrayBody_Returns400()
    {
        using var response = await PostRawAsync("directories", "[1,2]");
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Post_WrongContentType_Returns415Code1101()
    {
        using var response = await PostRawAsync("directories", "name=x", "application/x-www-form-urlencoded");
        await AssertErrorAsync(response, 415, 1101);
    }

    [Test]
    public async Task Post_UnknownProperty_Returns400Code2015()
    {
        using var response = await PostAsync("directories", new JsonObject { ["name"] = Unique("d"), ["colour"] = "blue" });
        await AssertErrorAsync(response, 400, 2015);
    }

    [Test]
    public async Task Post_WrongType_Returns400Code2004AndCreatesNothing()
    {
        var name = Unique("typed");
        using var response = await PostAsync("directories", new JsonObject { ["name"] = name, ["description"] = 42 });
        await AssertErrorAsync(response, 400, 2004);
        var page = await GetJsonAsync($"directories?name={name}");
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Post_UnsupportedStatus_Returns400Code2003()
    {
        using var response = await PostAsync("directories", new JsonObject { ["name"] = Unique("s"), ["status"] = "SLEEPING" });
        await AssertErrorAsync(response, 400, 2003);
    }

    [Test]
    public async Task Put_OnAResource_Returns405Code1100()
    {
        using var response = await Client.PutAsync(ApplicationHref, Json(new JsonObject { ["name"] = "x" }));
        await AssertErrorAsync(response, 405, 1100);
    }

    [Test]
    public async Task Get_UnknownPath_Returns404Code404()
    {
        using var response = await Client.GetAsync("nothingHere/abc");
        await AssertErrorAsync(response, 404, 404);
    }

    [Test]
    public async Task Get_UnknownId_Returns404()
    {
        using var response = await Client.GetAsync("accounts/doesNotExist");
        await AssertErrorAsync(response, 404, 404);
    }

    [Test]
    public async Task Post_ForeignHrefInALink_Returns400Code2014()
    {
        using var response = await PostAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = ApplicationHref },
            ["accountStore"] = new JsonObject { ["href"] = "https://elsewhere.example/v1/directories/abc" },
        });
        await AssertErrorAsync(response, 400, 2014);
    }

    [Test]
    public async Task Post_HrefOfMissingResource_Returns400Code2016()
    {
        using var response = await PostAsync("accountStoreMappings", new JsonObject
        {
            ["application"] = new JsonObject { ["href"] = ApplicationHref },
            ["accountStore"] = new JsonObject { ["href"] = $"{Host.BaseUrl}directories/missing" },
        });
        await AssertErrorAsync(response, 400, 2016);
    }

    [Test]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var huge = new string('x', (int)Options.MaxRequestBodyBytes + 10);
        using var response = await PostAsync("directories", new JsonObject { ["name"] = "big", ["description"] = huge });
        await AssertErrorAsync(response, 413, 413);
    }

    [Test]
    public async Task Get_BadLimit_Returns400Code2103()
    {
        using var response = await Client.GetAsync($"{DirectoryHref}/accounts?limit=abc");
        await AssertErrorAsync(response, 400, 2103);
    }

    [Test]
    public async Task Get_BadDateRange_Returns400Code2103()
    {
        using var response = await Client.GetAsync($"{DirectoryHref}/accounts?modifiedAt=yesterday");
        await AssertErrorAsync(response, 400, 2103);
    }

    [Test]
    public async Task Get_UnsupportedFilter_Returns400Code2105()
    {
        using var response = await Client.GetAsync($"{DirectoryHref}/accounts?favouriteColour=red");
        await AssertErrorAsync(response, 400, 2105);
    }

    [Test]
    public async Task Get_NotExpandable_Returns400Code2107()
    {
        using var response = await Client.GetAsync($"{ApplicationHref}?expand=secrets");
        await AssertErrorAsync(response, 400, 2107);
    }

    [Test]
    public async Task Get_BadOrderBy_Returns400Code2104Or2106()
    {
        using var badDirection = await Client.GetAsync($"{DirectoryHref}/accounts?orderBy=email%20sideways");
        await AssertErrorAsync(badDirection, 400, 2104);
        using var badAttribute = await Client.GetAsync($"{DirectoryHref}/accounts?orderBy=password");
        await AssertErrorAsync(badAttribute, 400, 2106);
    }

    [Test]
    public async Task Post_RepeatedPropertyName_Returns400()
    {
        using var response = await PostRawAsync("directories", "{\"name\":\"a\",\"name\":\"b\"}");
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Post_NulCharacterInAString_Returns400Code2005()
    {
        using var response = await PostAsync("directories", new JsonObject { ["name"] = "nul\u0000name" });
        await AssertErrorAsync(response, 400, 2005);
    }

    [Test]
    public async Task Post_UnpairedSurrogate_Returns400Code2005()
    {
        using var response = await PostRawAsync("directories", "{\"name\":\"bad\\ud800\"}");
        await AssertErrorAsync(response, 400, 2005);
        using var account = await PostRawAsync($"{DirectoryHref}/accounts", "{\"email\":\"s@example.test\",\"password\":\"Passw0rd!\",\"customData\":{\"k\":\"\\udc00\"}}");
        await AssertErrorAsync(account, 400, 2005);
    }

    [Test]
    public async Task Get_NulInPathOrQuery_Returns400()
    {
        // Kestrel itself refuses a NUL in the path, before any middleware runs: 400 without a body.
        using var path = await Client.GetAsync("accounts/abc%00def");
        Assert.That((int)path.StatusCode, Is.EqualTo(400));
        using var query = await Client.GetAsync($"{DirectoryHref}/accounts?email=a%00b");
        await AssertErrorAsync(query, 400, 2005);
    }

    [Test]
    public async Task Login_NulInTheLogin_Returns400()
    {
        using var response = await LoginAsync("a\u0000b@example.test", "Passw0rd!");
        await AssertErrorAsync(response, 400, 2002);
    }

    [Test]
    public async Task Get_DateRangeAtTheEndOfTime_Returns200()
    {
        var page = await GetJsonAsync($"{DirectoryHref}/accounts?createdAt=9999");
        Assert.That(page["size"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task Post_HugeNumberForAnInteger_Returns400Code2004()
    {
        using var response = await PostRawAsync($"{Host.BaseUrl}passwordPolicies/{DirectoryHref.Split('/')[^1]}/strength", "{\"minLength\": 1e400}");
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
    }

    [Test]
    public async Task Post_CharsetOtherThanUtf8_Returns415()
    {
        using var response = await PostRawAsync("directories", "{\"name\":\"x\"}", encoding: Encoding.Latin1);
        await AssertErrorAsync(response, 415, 1101);
    }

    [Test]
    public async Task Delete_SameAccountInParallel_NeverAnswers500()
    {
        var account = await CreateAccountAsync();
        var statuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await Client.DeleteAsync(Href(account));
            return (int)response.StatusCode;
        }));
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.All.AnyOf(204, 404));
            Assert.That(statuses, Has.Some.EqualTo(204));
        });
    }
}
