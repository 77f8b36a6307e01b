using System.Text.Json;

namespace Stormpath.Client.Tests.Json;

public sealed class StormpathJsonTests
{
    [TestCase("ENABLED", StormpathAccountStatus.Enabled)]
    [TestCase("DISABLED", StormpathAccountStatus.Disabled)]
    [TestCase("UNVERIFIED", StormpathAccountStatus.Unverified)]
    [TestCase("enabled", StormpathAccountStatus.Enabled)]
    [TestCase("LOCKED", StormpathAccountStatus.Unknown)]
    [TestCase("", StormpathAccountStatus.Unknown)]
    public void AccountStatus_WireValue_ReadsAsTheMatchingMemberOrUnknown(string wire, StormpathAccountStatus expected)
    {
        var account = JsonSerializer.Deserialize<StormpathAccount>($$"""{"href":"https://sp.example.test/v1/accounts/a","status":"{{wire}}"}""", StormpathJson.Options);

        Assert.That(account!.Status, Is.EqualTo(expected));
    }

    [Test]
    public void AccountStatus_NumberOrObjectOnTheWire_ReadsAsUnknownInsteadOfThrowing()
    {
        var account = JsonSerializer.Deserialize<StormpathAccount>("""{"href":"https://x.test/v1/accounts/a","status":3,"emailVerificationStatus":{"a":1}}""", StormpathJson.Options);

        Assert.That(account!.Status, Is.EqualTo(StormpathAccountStatus.Unknown));
        Assert.That(account.EmailVerificationStatus, Is.EqualTo(StormpathEmailVerificationStatus.Unknown));
    }

    [TestCase("VERIFIED", StormpathEmailVerificationStatus.Verified)]
    [TestCase("UNVERIFIED", StormpathEmailVerificationStatus.Unverified)]
    [TestCase("UNKNOWN", StormpathEmailVerificationStatus.Unknown)]
    [TestCase("PENDING_SOMETHING", StormpathEmailVerificationStatus.Unknown)]
    public void EmailVerificationStatus_WireValue_ReadsAsTheMatchingMemberOrUnknown(string wire, StormpathEmailVerificationStatus expected)
    {
        var account = JsonSerializer.Deserialize<StormpathAccount>($$"""{"href":"https://x.test/v1/accounts/a","emailVerificationStatus":"{{wire}}"}""", StormpathJson.Options);

        Assert.That(account!.EmailVerificationStatus, Is.EqualTo(expected));
    }

    [Test]
    public void Account_UnknownProperties_AreKeptInAdditionalProperties()
    {
        var account = JsonSerializer.Deserialize<StormpathAccount>(
            """{"href":"https://x.test/v1/accounts/a","email":"a@x.test","phones":{"href":"https://x.test/v1/accounts/a/phones"},"futureFlag":true}""",
            StormpathJson.Options);

        Assert.That(account!.Email, Is.EqualTo("a@x.test"));
        Assert.That(account.AdditionalProperties!.Keys, Is.EquivalentTo(new[] { "phones", "futureFlag" }));
    }

    [Test]
    public void Account_UnexpandedGroupsLink_ReadsAsAPageWithOnlyItsHref()
    {
        var account = JsonSerializer.Deserialize<StormpathAccount>(
            """{"href":"https://x.test/v1/accounts/a","groups":{"href":"https://x.test/v1/accounts/a/groups"},"emailVerificationToken":null}""",
            StormpathJson.Options);

        Assert.That(account!.Groups!.Href, Is.EqualTo(new Uri("https://x.test/v1/accounts/a/groups")));
        Assert.That(account.Groups.Items, Is.Empty);
        Assert.That(account.EmailVerificationToken, Is.Null);
    }

    [Test]
    public void CreateRequest_UnsetProperties_AreNotWrittenAndStatusIsUpperCase()
    {
        var json = JsonSerializer.Serialize(new StormpathAccountCreateRequest { Email = "a@x.test", Password = "Pw1", Status = StormpathAccountStatus.Disabled }, StormpathJson.Options);

        Assert.That(json, Is.EqualTo("""{"email":"a@x.test","password":"Pw1","status":"DISABLED"}"""));
    }

    [Test]
    public void UpdateRequest_EmailVerificationStatus_IsWrittenUpperCase()
    {
        var json = JsonSerializer.Serialize(new StormpathAccountUpdateRequest { EmailVerificationStatus = StormpathEmailVerificationStatus.Verified }, StormpathJson.Options);

        Assert.That(json, Is.EqualTo("""{"emailVerificationStatus":"VERIFIED"}"""));
    }

    [Test]
    public void CustomData_UserKeys_AreValuesAndReservedKeysAreNot()
    {
        var data = JsonSerializer.Deserialize<StormpathCustomData>(
            """{"href":"https://x.test/v1/accounts/a/customData","createdAt":"2016-03-09T18:22:14.105Z","modifiedAt":"2016-03-09T18:22:14.105Z","is_staff":true,"claims":[{"type":"t","value":"v"}]}""",
            StormpathJson.Options);

        Assert.That(data!.Values.Keys, Is.EquivalentTo(new[] { "is_staff", "claims" }));
        Assert.That(data.Values["is_staff"].GetBoolean(), Is.True);
        Assert.That(data.CreatedAt, Is.EqualTo(new DateTimeOffset(2016, 3, 9, 18, 22, 14, 105, TimeSpan.Zero)));
    }

    [Test]
    public void LoginAttempt_Body_HasTypeValueAndOptionalStore()
    {
        var json = JsonSerializer.Serialize(new StormpathLoginAttemptRequest("dTpw", null), StormpathJson.Options);

        Assert.That(json, Is.EqualTo("""{"value":"dTpw","type":"basic"}"""));
    }
}
