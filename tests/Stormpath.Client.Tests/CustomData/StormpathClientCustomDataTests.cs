using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.CustomData;

public sealed class StormpathClientCustomDataTests : ServerTestBase
{
    [Test]
    public async Task UpdateCustomData_SetAndRemoveKeys_MergesAndReadsBack()
    {
        var account = await CreateAccountAsync();
        var href = account.CustomData!.Href;
        await Sp.Client.UpdateCustomDataAsync(href, new Dictionary<string, object?> { ["is_staff"] = true, ["color"] = "blue", ["score"] = 42 });

        var after = await Sp.Client.UpdateCustomDataAsync(href, new Dictionary<string, object?> { ["color"] = null, ["score"] = 43 });
        var read = await Sp.Client.GetAsync<StormpathCustomData>(href);

        Assert.That(after.Values.Keys, Is.EquivalentTo(new[] { "is_staff", "score" }));
        Assert.That(read!.Values["score"].GetInt32(), Is.EqualTo(43));
        Assert.That(read.Values.ContainsKey("color"), Is.False);
        Assert.That(Sp.Requests.Requests.Any(r => r.Method == "DELETE" && r.Uri.AbsolutePath.EndsWith("/customData/color", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task DeleteCustomDataKey_RemovesOnlyThatKey()
    {
        var account = await CreateAccountAsync();
        var href = account.CustomData!.Href;
        await Sp.Client.UpdateCustomDataAsync(href, new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 });

        Assert.That(await Sp.Client.DeleteAsync(new Uri(href.AbsoluteUri + "/a")), Is.True);

        var read = await Sp.Client.GetAsync<StormpathCustomData>(href);
        Assert.That(read!.Values.Keys, Is.EquivalentTo(new[] { "b" }));
    }
}
