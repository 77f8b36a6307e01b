using Stormpath.Identity.Sample.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Stormpath.Identity.Sample.Tests.Pages.Admin;

/// <summary>The administrators-only area: who may open it, and what it changes in the directory.</summary>
public class AdminAreaTests : SampleBrowserTest
{
    [Test]
    public async Task AdminArea_NonAdministrator_IsRefusedThenAllowedOnceGrantedTheRole()
    {
        var email = NewEmail("hopeful");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);
        await page.SignInAsync(email, Password);

        await page.GotoAsync("/Admin");
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();

        await MakeAdminAsync(email);
        await page.SignOutAsync();
        await page.SignInAsync(email, Password);
        await page.GotoAsync("/Admin");

        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/Admin"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = email })).ToBeVisibleAsync();
    }

    [Test]
    public async Task DisableAccount_ByAnAdministrator_RefusesItsSignInUntilEnabledAgain()
    {
        var admin = await NewAdministratorAsync();
        var email = NewEmail("disabled");
        var userPage = await OpenBrowserAsync();
        await userPage.RegisterAndConfirmAsync(Mailbox, email, Password);

        await admin.OpenUserAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable the account" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.AccountDisabled);
        Assert.That((await RemoteDirectory.AccountAsync(email)).GetProperty("status").GetString(), Is.EqualTo("DISABLED"));

        await userPage.SubmitSignInAsync(email, Password);
        Assert.That(await userPage.SignInErrorAsync(), Is.EqualTo(SampleMessages.SignInFailed));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Enable the account" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.AccountEnabled);
        await userPage.SignInAsync(email, Password);
    }

    [Test]
    public async Task GrantAndRemoveRole_ByAnAdministrator_ChangeTheGroupsInTheDirectory()
    {
        var admin = await NewAdministratorAsync();
        var email = NewEmail("editor");
        var userPage = await OpenBrowserAsync();
        await userPage.RegisterAndConfirmAsync(Mailbox, email, Password);

        await admin.OpenUserAsync(email);
        await admin.GetByLabel("Grant a role").FillAsync("Editors");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Grant" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.RoleGranted("Editors"));
        Assert.That(await RemoteDirectory.GroupNamesAsync(email), Is.EquivalentTo(new[] { "Editors" }));

        await admin.GetByRole(AriaRole.Button, new() { Name = "Remove the role Editors" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.RoleRemoved("Editors"));
        Assert.That(await RemoteDirectory.GroupNamesAsync(email), Is.Empty);
    }

    [Test]
    public async Task UserList_Search_FindsByEmailAndPagesTwentyAtATime()
    {
        var admin = await NewAdministratorAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var userPage = await OpenBrowserAsync();
        for (var i = 0; i < 21; i++)
        {
            await userPage.RegisterAsync($"paged{i:00}-{tag}@example.test", Password);
        }

        await admin.GotoAsync($"/Admin?q={tag}");
        await Expect(admin.GetByText("21 users")).ToBeVisibleAsync();
        await Expect(admin.Locator("tbody tr")).ToHaveCountAsync(global::Stormpath.Identity.Sample.Pages.Admin.IndexModel.PageSize);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await Expect(admin.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = $"paged20-{tag}@example.test" })).ToBeVisibleAsync();
    }

    private async Task<IPage> NewAdministratorAsync()
    {
        var email = NewEmail("admin");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);
        await MakeAdminAsync(email);
        await page.SignInAsync(email, Password);
        return page;
    }
}
