using System.Net;
using Stormpath.Client.Tests.Support;

namespace Stormpath.Client.Tests.Accounts;

public sealed class StormpathClientAccountsTests : ServerTestBase
{
    [Test]
    public async Task CreateAccount_InDirectoryWithoutWorkflow_ReturnsTheEnabledAccountAndReadsBack()
    {
        var email = UniqueEmail("rose");

        var account = await CreateAccountAsync(email);
        var read = await Sp.Client.GetAsync<StormpathAccount>(account.Href);

        Assert.That(account.Href.AbsoluteUri, Does.StartWith(Host.BaseUrl.AbsoluteUri + "accounts/"));
        Assert.That(account.Email, Is.EqualTo(email));
        Assert.That(account.Username, Is.EqualTo(email), "the username defaults to the email");
        Assert.That(account.Status, Is.EqualTo(StormpathAccountStatus.Enabled));
        Assert.That(account.FullName, Is.EqualTo("Rose Tyler"));
        Assert.That(read!.Href, Is.EqualTo(account.Href));
        Assert.That(read.Directory!.Href, Is.EqualTo(DirectoryHref));
        var post = Sp.Requests.Requests.Last(r => r.Method == "POST");
        Assert.That(post.Uri.Query, Does.Contain("registrationWorkflowEnabled=false"));
        Assert.That(post.Body, Does.Not.Contain("null"), "unset properties are not sent");
    }

    [Test]
    public async Task CreateAccount_InApplication_GoesToTheDefaultAccountStore()
    {
        var account = await Sp.Client.CreateAccountAsync(
            ApplicationAccounts,
            new StormpathAccountCreateRequest { Email = UniqueEmail(), Password = Password },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false });

        Assert.That(account.Directory!.Href, Is.EqualTo(DirectoryHref));
    }

    [Test]
    public async Task CreateAccount_WithExpand_ReturnsTheExpandedCustomData()
    {
        var options = new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false };
        options.Expand.Add("customData");

        var account = await Sp.Client.CreateAccountAsync(
            DirectoryAccounts,
            new StormpathAccountCreateRequest { Email = UniqueEmail(), Password = Password, CustomData = new Dictionary<string, object?> { ["is_staff"] = true } },
            options);

        Assert.That(account.CustomData!.Values["is_staff"].GetBoolean(), Is.True);
    }

    [Test]
    public async Task CreateAccount_ImportedBcryptHash_SignsInWithTheOriginalPassword()
    {
        var email = UniqueEmail("imported");
        var hash = BCrypt.Net.BCrypt.HashPassword("Imported-Pass-9!", 4);

        var account = await Sp.Client.CreateAccountAsync(
            DirectoryAccounts,
            new StormpathAccountCreateRequest { Email = email, Password = hash },
            new StormpathAccountCreateOptions { RegistrationWorkflowEnabled = false, PasswordFormat = "mcf" });
        var login = await Sp.Client.AuthenticateAsync(ApplicationHref, email, "Imported-Pass-9!");

        Assert.That(login.Account.Href, Is.EqualTo(account.Href));
        Assert.That(Sp.Requests.Requests.Single(r => r.Method == "POST" && r.Body.Contains(email, StringComparison.Ordinal) && r.Uri.AbsolutePath.EndsWith("/accounts", StringComparison.Ordinal)).Uri.Query, Does.Contain("passwordFormat=mcf"));
    }

    [Test]
    public async Task CreateAccount_DuplicateEmail_Throws409With2001()
    {
        var email = UniqueEmail();
        await CreateAccountAsync(email);

        var e = Assert.ThrowsAsync<StormpathException>(() => CreateAccountAsync(email));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(e.Code, Is.EqualTo(2001));
        Assert.That(e.RequestId, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public async Task CreateAccount_MalformedEmail_Throws400WithAValidationCode()
    {
        var e = Assert.ThrowsAsync<StormpathException>(() => CreateAccountAsync("not-an-email"));

        Assert.That(e!.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(e.Code, Is.InRange(2000, 2099));
        Assert.That(e.DeveloperMessage, Is.Not.Null.And.Not.Empty);
        await Task.CompletedTask;
    }

    [Test]
    public async Task UpdateAccount_OneProperty_ChangesOnlyThatProperty()
    {
        var account = await CreateAccountAsync();

        var updated = await Sp.Client.UpdateAccountAsync(account.Href, new StormpathAccountUpdateRequest { GivenName = "Martha" });

        Assert.That(updated.GivenName, Is.EqualTo("Martha"));
        Assert.That(updated.Surname, Is.EqualTo("Tyler"));
        Assert.That(updated.Email, Is.EqualTo(account.Email));
        Assert.That(Sp.Requests.Requests.Last().Body, Is.EqualTo("""{"givenName":"Martha"}"""));
    }

    [Test]
    public async Task UpdateAccount_Status_IsSentUpperCaseAndReadBack()
    {
        var account = await CreateAccountAsync();

        var updated = await Sp.Client.UpdateAccountAsync(account.Href, new StormpathAccountUpdateRequest { Status = StormpathAccountStatus.Disabled });

        Assert.That(updated.Status, Is.EqualTo(StormpathAccountStatus.Disabled));
        Assert.That(Sp.Requests.Requests.Last().Body, Is.EqualTo("""{"status":"DISABLED"}"""));
    }

    [Test]
    public async Task DeleteAccount_ExistingThenAgain_AnswersTrueThenFalseAndTheAccountIsGone()
    {
        var account = await CreateAccountAsync();

        Assert.That(await Sp.Client.DeleteAsync(account.Href), Is.True);
        Assert.That(await Sp.Client.DeleteAsync(account.Href), Is.False);
        Assert.That(await Sp.Client.GetAsync<StormpathAccount>(account.Href), Is.Null);
    }

    [Test]
    public async Task SearchAccounts_ByEmail_FindsExactlyThatAccount()
    {
        var email = UniqueEmail("search");
        await CreateAccountAsync(email);
        await CreateAccountAsync();
        var query = new StormpathQuery();
        query.Filters["email"] = email;

        var page = await Sp.Client.GetPageAsync<StormpathAccount>(DirectoryAccounts, query);

        Assert.That(page.Size, Is.EqualTo(1));
        Assert.That(page.Items.Single().Email, Is.EqualTo(email));
    }

    [Test]
    public async Task GetAccount_UnknownHref_AnswersNull()
    {
        Assert.That(await Sp.Client.GetAsync<StormpathAccount>(new Uri(Host.BaseUrl, "accounts/doesNotExist123")), Is.Null);
    }
}
