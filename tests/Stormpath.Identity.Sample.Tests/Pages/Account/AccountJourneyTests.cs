using Stormpath.Identity.Sample.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Stormpath.Identity.Sample.Tests.Pages.Account;

/// <summary>A person's way through the account pages, in Chromium, against the sample on the embedded directory.</summary>
public class AccountJourneyTests : SampleBrowserTest
{
    private const string NewPassword = "BadWolf2006";

    [Test]
    public async Task Register_ConfirmSignInEditProfileChangePasswordSignOut_SignsInWithTheNewPasswordOnly()
    {
        var email = NewEmail("journey");
        var page = await OpenBrowserAsync();

        await page.RegisterAsync(email, Password);
        await page.ConfirmFromEmailAsync(Mailbox, email);
        await page.SignInAsync(email, Password);

        await page.GotoAsync("/Account/Profile");
        await page.GetByLabel("Middle name").FillAsync("Marion");
        await page.GetByLabel("Surname").FillAsync("Noble");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.ProfileSaved);
        var account = await RemoteDirectory.AccountAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(account.GetProperty("givenName").GetString(), Is.EqualTo("Rose"));
            Assert.That(account.GetProperty("middleName").GetString(), Is.EqualTo("Marion"));
            Assert.That(account.GetProperty("surname").GetString(), Is.EqualTo("Noble"));
            Assert.That(account.GetProperty("status").GetString(), Is.EqualTo("ENABLED"));
        });

        await page.GotoAsync("/Account/ChangePassword");
        await page.GetByLabel("Current password").FillAsync(Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirm the new password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.PasswordChanged);
        await page.SignOutAsync();

        await page.SubmitSignInAsync(email, Password);
        Assert.That(await page.SignInErrorAsync(), Is.EqualTo(SampleMessages.SignInFailed), "the old password still works");
        await page.SignInAsync(email, NewPassword);
        await page.GotoAsync("/Account/Profile");
        await Expect(page.GetByLabel("Middle name")).ToHaveValueAsync("Marion");
    }

    [Test]
    public async Task ForgotPassword_TheLinkInTheResetEmail_SetsANewPassword()
    {
        var email = NewEmail("forgot");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, email, Password);

        await page.GotoAsync("/Account/ForgotPassword");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the reset link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.ResetRequested);

        var link = await Mailbox.WaitForLinkAsync(email, SampleUi.EmailLinkPath);
        await page.GotoAsync(link.ToString());
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo(SampleUi.ResetPasswordPath), "the reset link did not lead to the reset page");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Confirm the new password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset the password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.PasswordReset);

        await page.SignInAsync(email, NewPassword);
    }

    [Test]
    public async Task ConfirmEmail_ALinkAlreadyUsed_SaysSoAndOffersANewOne()
    {
        var email = NewEmail("twice");
        var page = await OpenBrowserAsync();
        await page.RegisterAsync(email, Password);
        var link = await Mailbox.WaitForLinkAsync(email, SampleUi.EmailLinkPath);
        await page.GotoAsync(link.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SampleMessages.EmailConfirmed);

        await page.GotoAsync(link.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SampleMessages.ConfirmationLinkInvalid);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Send me a new confirmation link" })).ToBeVisibleAsync();
    }

    [Test]
    public async Task SignIn_WrongPasswordUnknownUserAndUnconfirmedAccount_ShowTheSameMessage()
    {
        var known = NewEmail("known");
        var unconfirmed = NewEmail("unconfirmed");
        var page = await OpenBrowserAsync();
        await page.RegisterAndConfirmAsync(Mailbox, known, Password);
        await page.RegisterAsync(unconfirmed, Password);

        await page.SubmitSignInAsync(known, "Wrong2005x");
        var wrongPassword = await page.SignInErrorAsync();
        await page.SubmitSignInAsync(NewEmail("nobody"), Password);
        var unknownUser = await page.SignInErrorAsync();
        await page.SubmitSignInAsync(unconfirmed, Password);
        var notConfirmed = await page.SignInErrorAsync();

        Assert.Multiple(() =>
        {
            Assert.That(wrongPassword, Is.EqualTo(SampleMessages.SignInFailed));
            Assert.That(unknownUser, Is.EqualTo(wrongPassword));
            Assert.That(notConfirmed, Is.EqualTo(wrongPassword));
        });
    }

    [Test]
    public async Task Register_AddressAlreadyTaken_SaysSoOnce()
    {
        var email = NewEmail("taken");
        var page = await OpenBrowserAsync();
        await page.RegisterAsync(email, Password);

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        var errors = page.GetByRole(AriaRole.Alert).Locator("li");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors).ToContainTextAsync(email);
    }
}
