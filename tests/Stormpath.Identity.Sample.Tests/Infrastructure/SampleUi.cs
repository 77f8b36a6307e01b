using static Microsoft.Playwright.Assertions;

namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>What a person does on the sample's pages, step by step, as a browser does it.</summary>
internal static class SampleUi
{
    /// <summary>Where the directory's emails link: verification and reset links share one base (stormpath-api.md §7).</summary>
    public const string EmailLinkPath = "/Account/EmailLink";

    public const string ConfirmEmailPath = "/Account/ConfirmEmail";

    public const string ResetPasswordPath = "/Account/ResetPassword";

    public static async Task RegisterAsync(this IPage page, string email, string password, string givenName = "Rose", string surname = "Tyler")
    {
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Given name").FillAsync(givenName);
        await page.GetByLabel("Surname").FillAsync(surname);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.Registered);
    }

    public static async Task ConfirmFromEmailAsync(this IPage page, SampleMailbox mailbox, string email)
    {
        var link = await mailbox.WaitForLinkAsync(email, EmailLinkPath);
        await page.GotoAsync(link.ToString());
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(ConfirmEmailPath), "the verification link did not lead to the confirmation page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.EmailConfirmed);
    }

    public static async Task RegisterAndConfirmAsync(this IPage page, SampleMailbox mailbox, string email, string password)
    {
        await page.RegisterAsync(email, password);
        await page.ConfirmFromEmailAsync(mailbox, email);
    }

    /// <summary>Fills in and sends the sign-in form, and waits for the page it leads to.</summary>
    public static async Task SubmitSignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.SubmitSignInAsync(email, password);
        await Expect(page.GetByText("Signed in as")).ToBeVisibleAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.SignedOut);
    }

    /// <summary>The sign-in form's error, once the page shows one.</summary>
    public static async Task<string> SignInErrorAsync(this IPage page)
    {
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        return (await alert.InnerTextAsync()).Trim();
    }

    /// <summary>Finds a user in the administrators' list and opens the user's page.</summary>
    public static async Task OpenUserAsync(this IPage page, string email)
    {
        await page.GotoAsync($"/Admin?q={Uri.EscapeDataString(email)}");
        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = email })).ToBeVisibleAsync();
    }
}
