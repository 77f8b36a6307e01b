using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Stormpath.Server.Tests.Errors;

public sealed class BadInputTests(string provider) : ServerFixture(provider)
{
    [Test]
    public async Task Post_MalformedJson_Returns400WithErrorBody()
    {
        using var response = await Client.PostAsync($"{DirectoryHref}/accounts", new StringContent("{\"email\": ", Encoding.UTF8, "application/json"));
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Post_JsonArrayBody_Returns400()
    {
        using var response = await Client.PostAsync("directories", new StringContent("[1,2]", Encoding.UTF8, "application/json"));
        await AssertErrorAsync(response, 400, 400);
    }

    [Test]
    public async Task Post_WrongContentType_Returns415Code1101()
    {
        using var response = await Client.PostAsync("directories", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
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
}
