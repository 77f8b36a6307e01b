using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Tokens;

public sealed class StormpathClientTokensTests : ServerTestBase
{
    [OneTimeSetUp]
    public async Task EnableEmailVerificationAsync()
    {
        var directory = await Sp.Client.GetAsync<StormpathDirectory>(DirectoryHref);
        var policy = await Sp.Client.UpdateAccountCreationPolicyAsync(
            directory!.AccountCreationPolicy!.Href,
            new StormpathAccountCreationPolicyUpdateRequest { VerificationEmailStatus = StormpathResourceStatus.Enabled });
        Assert.That(policy.VerificationEmailStatus, Is.EqualTo(StormpathResourceStatus.Enabled));
    }

    [Test]
    public async Task PasswordReset_CreateVerifyConsume_SetsTheNewPasswordAndSpendsTheToken()
    {
        var account = await CreateAccountAsync();
        const string newPassword = "Brand-New-Pass-1!";

        var created = await Sp.Client.CreatePasswordResetTokenAsync(ApplicationHref, account.Email!);
        var verified = await Sp.Client.VerifyPasswordResetTokenAsync(ApplicationHref, created!.Token);
        var consumed = await Sp.Client.ResetPasswordAsync(ApplicationHref, created.Token, newPassword);

        Assert.That(created.Account!.Href, Is.EqualTo(account.Href));
        Assert.That(created.Token, Is.Not.Empty);
        Assert.That(verified!.Account!.Href, Is.EqualTo(account.Href));
        Assert.That(consumed!.Account!.Href, Is.EqualTo(account.Href));
        Assert.That((await Sp.Client.AuthenticateAsync(ApplicationHref, account.Email!, newPassword)).Account.Href, Is.EqualTo(account.Href));
        Assert.That(await Sp.Client.VerifyPasswordResetTokenAsync(ApplicationHref, created.Token), Is.Null, "a used token is gone");
        Assert.That(await Sp.Client.ResetPasswordAsync(ApplicationHref, created.Token, "Another-Pass-2!"), Is.Null);
        Assert.That(Sp.Logs.AllText, Does.Not.Contain(created.Token), "tokens are redacted from logs");
    }

    [Test]
    public async Task PasswordReset_UnknownEmail_AnswersNull()
    {
        Assert.That(await Sp.Client.CreatePasswordResetTokenAsync(ApplicationHref, UniqueEmail("nobody")), Is.Null);
    }

    [Test]
    public async Task VerifyPasswordResetToken_UnknownToken_AnswersNull()
    {
        Assert.That(await Sp.Client.VerifyPasswordResetTokenAsync(ApplicationHref, "notAToken123"), Is.Null);
    }

    [Test]
    public async Task EmailVerification_WorkflowForced_VerifiesWithTheTokenFromTheAccount()
    {
        var account = await Sp.Client.CreateAccountAsync(
            DirectoryAccounts,
            new StormpathAccountCreateRequest { Email = UniqueEmail("verify"), Password = Password },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = true });
        Assert.That(account.Status, Is.EqualTo(StormpathAccountStatus.Unverified));
        var token = TokenFromEmail(account.Email!);

        var verified = await Sp.Client.VerifyEmailAsync(token);
        var after = await Sp.Client.GetAsync<StormpathAccount>(account.Href);

        Assert.That(verified!.Href, Is.EqualTo(account.Href));
        Assert.That(after!.Status, Is.EqualTo(StormpathAccountStatus.Enabled));
        Assert.That(after.EmailVerificationStatus, Is.EqualTo(StormpathEmailVerificationStatus.Verified));
        Assert.That(await Sp.Client.VerifyEmailAsync(token), Is.Null, "a used token is gone");
    }

    [Test]
    public async Task ResendVerificationEmail_UnverifiedAccount_IsAccepted()
    {
        var account = await Sp.Client.CreateAccountAsync(
            DirectoryAccounts,
            new StormpathAccountCreateRequest { Email = UniqueEmail("resend"), Password = Password },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = true });

        await Sp.Client.ResendVerificationEmailAsync(ApplicationHref, account.Email!);

        var post = Sp.Requests.Requests.Last();
        Assert.That(post.Uri.AbsolutePath, Does.EndWith("/verificationEmails"));
        Assert.That(post.Body, Does.Contain("\"login\":\"" + account.Email + "\""));
        Assert.That(Directory.GetFiles(EmailFolder, "*.eml"), Is.Not.Empty, "the server sent the verification emails");
    }

    [Test]
    public async Task VerifyEmail_UnknownToken_AnswersNull()
    {
        Assert.That(await Sp.Client.VerifyEmailAsync("notAToken123"), Is.Null);
    }

    /// <summary>Reads the <c>sptoken</c> from the verification email the server wrote to its pickup folder.</summary>
    private string TokenFromEmail(string email)
    {
        foreach (var file in Directory.GetFiles(EmailFolder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            // Quoted-printable: join soft line breaks and read "=3D" as "=".
            var text = File.ReadAllText(file).Replace("=\r\n", string.Empty, StringComparison.Ordinal).Replace("=\n", string.Empty, StringComparison.Ordinal);
            if (!text.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var match = System.Text.RegularExpressions.Regex.Match(text, "sptoken(?:=3D|=)([A-Za-z0-9_\\-]+)");
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        Assert.Fail("No verification email for " + email + " in " + EmailFolder);
        return string.Empty;
    }
}
