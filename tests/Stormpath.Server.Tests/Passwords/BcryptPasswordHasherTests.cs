using System.Diagnostics;
using Microsoft.Extensions.Options;
using Stormpath.Server.Passwords;

namespace Stormpath.Server.Tests.Passwords;

public sealed class BcryptPasswordHasherTests
{
    // The lowest cost keeps the suite fast; the work-factor tests below use others.
    private static readonly BcryptPasswordHasher Hasher = Create(4);

    [Test]
    public void HashPassword_ThenVerify_Succeeds()
    {
        var hash = Hasher.HashPassword("Correct-Horse-9");

        Assert.Multiple(() =>
        {
            Assert.That(hash, Does.StartWith(BcryptPasswordHasher.OwnPrefix + "2b$04$"));
            Assert.That(Hasher.VerifyPassword("Correct-Horse-9", hash), Is.EqualTo(PasswordVerification.Succeeded));
        });
    }

    [Test]
    public void HashPassword_SamePasswordTwice_GivesDifferentSalts()
    {
        var first = Hasher.HashPassword("Correct-Horse-9");
        var second = Hasher.HashPassword("Correct-Horse-9");

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [TestCase("Correct-Horse-8")]
    [TestCase("correct-Horse-9")]
    [TestCase("")]
    [TestCase("Correct-Horse-9 ")]
    public void VerifyPassword_WrongPassword_Fails(string wrong)
    {
        var hash = Hasher.HashPassword("Correct-Horse-9");

        Assert.That(Hasher.VerifyPassword(wrong, hash), Is.EqualTo(PasswordVerification.Failed));
    }

    [Test]
    public void VerifyPassword_ChangeBeyondByte72_ChangesTheOutcome()
    {
        var prefix = new string('a', 72);
        var hash = Hasher.HashPassword(prefix + "X");

        Assert.Multiple(() =>
        {
            Assert.That(Hasher.VerifyPassword(prefix + "X", hash), Is.EqualTo(PasswordVerification.Succeeded));
            Assert.That(Hasher.VerifyPassword(prefix + "Y", hash), Is.EqualTo(PasswordVerification.Failed));
            Assert.That(Hasher.VerifyPassword(prefix, hash), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [Test]
    public void VerifyPassword_MultiByteCharactersPastByte72_Count()
    {
        // 30 three-byte characters are 90 UTF-8 bytes; only the last one differs.
        var prefix = new string('€', 29);
        var hash = Hasher.HashPassword(prefix + "€");

        Assert.That(Hasher.VerifyPassword(prefix + "£", hash), Is.EqualTo(PasswordVerification.Failed));
    }

    [Test]
    public void HashPassword_PasswordWithNulCharacters_DoesNotCollideWithItsPrefix()
    {
        var hash = Hasher.HashPassword("ab\0cd");

        Assert.Multiple(() =>
        {
            Assert.That(Hasher.VerifyPassword("ab\0cd", hash), Is.EqualTo(PasswordVerification.Succeeded));
            Assert.That(Hasher.VerifyPassword("ab", hash), Is.EqualTo(PasswordVerification.Failed));
            Assert.That(Hasher.VerifyPassword("ab\0ce", hash), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [TestCase(4)]
    [TestCase(6)]
    public void HashPassword_WorkFactor_IsHonoured(int workFactor)
    {
        var hash = Create(workFactor).HashPassword("Correct-Horse-9");

        Assert.That(BCrypt.Net.BCrypt.InterrogateHash("$" + hash[BcryptPasswordHasher.OwnPrefix.Length..]).WorkFactor, Is.EqualTo(workFactor.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void VerifyPassword_HashWithLowerWorkFactorThanConfigured_AsksForRehash()
    {
        var oldHash = Create(4).HashPassword("Correct-Horse-9");

        Assert.Multiple(() =>
        {
            Assert.That(Create(5).VerifyPassword("Correct-Horse-9", oldHash), Is.EqualTo(PasswordVerification.SucceededRehashNeeded));
            Assert.That(Create(5).VerifyPassword("wrong", oldHash), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [TestCase(3)]
    [TestCase(32)]
    [TestCase(0)]
    [TestCase(-1)]
    public void Constructor_WorkFactorOutsideBcryptRange_ThrowsWithAFixItMessage(int workFactor)
    {
        Assert.That(
            () => Create(workFactor),
            Throws.TypeOf<ArgumentOutOfRangeException>()
                .With.Property("ParamName").EqualTo("options")
                .And.Message.Contains("outside 4-31"));
    }

    [Test]
    public void Options_Default_IsTen()
    {
        Assert.That(new PasswordHashingOptions().WorkFactor, Is.EqualTo(10));
    }

    // Vectors made by libxcrypt (OpenBSD test vector, PHP manual example) — independent of BCrypt.Net.
    [TestCase("U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")]
    [TestCase("abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i")]
    [TestCase("U*U", "$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")]
    [TestCase("rasmuslerdorf", "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")]
    public void VerifyPassword_ImportedBcrypt_SucceedsAndAsksForRehash(string password, string imported)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Hasher.TryValidateImport(imported, out var error), Is.True, error.ToString());
            Assert.That(Hasher.VerifyPassword(password, imported), Is.EqualTo(PasswordVerification.SucceededRehashNeeded));
            Assert.That(Hasher.VerifyPassword(password + "!", imported), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    // Stormpath's published import examples (MD5, salted and unsalted).
    [TestCase("123456", "$stormpath2$MD5$1$OWI3OTQwYjEwODEwOTdkNTcwZDY5NjQ2ZDNlNmZjNzM=$ULWTW74NXPyLYj3VfYHWrg==")]
    [TestCase("password", "$stormpath2$MD5$1$NzEyN2ZhYzdkZTAyMjJlMGQyMWYxMWRmZmY2YjA1MWI=$K18Ak0YikAFrqgglhIaY5g==")]
    [TestCase("monkey", "$stormpath2$MD5$1$$0HY+2qnZvSqVFigOkETYhQ==")]
    public void VerifyPassword_ImportedStormpath2_SucceedsAndAsksForRehash(string password, string imported)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Hasher.TryValidateImport(imported, out var error), Is.True, error.ToString());
            Assert.That(Hasher.VerifyPassword(password, imported), Is.EqualTo(PasswordVerification.SucceededRehashNeeded));
            Assert.That(Hasher.VerifyPassword("Password", imported), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [Test]
    public void VerifyPassword_Stormpath2WithIterations_RehashesEachRoundOverThePreviousDigest()
    {
        var digest = System.Security.Cryptography.SHA256.HashData([.. "salt"u8, .. "secret"u8]);
        digest = System.Security.Cryptography.SHA256.HashData(digest);
        digest = System.Security.Cryptography.SHA256.HashData(digest);
        var hash = $"$stormpath2$SHA-256$3$c2FsdA==${Convert.ToBase64String(digest)}";

        Assert.Multiple(() =>
        {
            Assert.That(Hasher.VerifyPassword("secret", hash), Is.EqualTo(PasswordVerification.SucceededRehashNeeded));
            Assert.That(Hasher.VerifyPassword("secret", hash.Replace("$3$", "$2$", StringComparison.Ordinal)), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [TestCase("", nameof(PasswordImportError.Empty))]
    [TestCase("plaintext", nameof(PasswordImportError.UnsupportedScheme))]
    [TestCase("$1$saltsalt$hash", nameof(PasswordImportError.UnsupportedScheme))]
    [TestCase("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", nameof(PasswordImportError.UnsupportedScheme))]
    [TestCase("$2x$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", nameof(PasswordImportError.UnsupportedBcryptVariant))]
    [TestCase("$2$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", nameof(PasswordImportError.UnsupportedBcryptVariant))]
    [TestCase("$2a$5$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$03$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$32$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOe", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeWW", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOe+", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeX", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW\n", nameof(PasswordImportError.MalformedBcrypt))]
    [TestCase("$stormpath2$MD5$1$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.MalformedStormpath2))]
    [TestCase("$stormpath2$MD4$1$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.UnsupportedStormpath2Algorithm))]
    [TestCase("$stormpath2$MD5$0$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.Stormpath2IterationsOutOfRange))]
    [TestCase("$stormpath2$MD5$1000001$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.Stormpath2IterationsOutOfRange))]
    [TestCase("$stormpath2$MD5$-1$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.MalformedStormpath2))]
    [TestCase("$stormpath2$MD5$x$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.MalformedStormpath2))]
    [TestCase("$stormpath2$MD5$1$$not-base64", nameof(PasswordImportError.MalformedStormpath2))]
    [TestCase("$stormpath2$SHA-256$1$$ULWTW74NXPyLYj3VfYHWrg==", nameof(PasswordImportError.MalformedStormpath2))]
    public void TryValidateImport_Unsupported_FailsWithAClearReason(string hash, string expected)
    {
        var valid = Hasher.TryValidateImport(hash, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(valid, Is.False);
            Assert.That(error.ToString(), Is.EqualTo(expected));
            Assert.That(PasswordMessages.ImportError(error), Is.Not.Empty);
        });
    }

    [Test]
    public void VerifyPassword_UnusableStoredHash_FailsWithoutThrowing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Hasher.VerifyPassword("x", "not a hash"), Is.EqualTo(PasswordVerification.Failed));
            Assert.That(Hasher.VerifyPassword("x", "$2a$05$short"), Is.EqualTo(PasswordVerification.Failed));
            Assert.That(Hasher.VerifyPassword("x", BcryptPasswordHasher.OwnPrefix + "garbage"), Is.EqualTo(PasswordVerification.Failed));
        });
    }

    [Test]
    public void VerifyDummyPassword_CostsAboutAsMuchAsARealVerification()
    {
        var hasher = Create(8);
        var hash = hasher.HashPassword("Correct-Horse-9");
        hasher.VerifyDummyPassword("warm-up");

        var real = Median(() => hasher.VerifyPassword("Wrong-Horse-9", hash));
        var dummy = Median(() => hasher.VerifyDummyPassword("Wrong-Horse-9"));

        // Generous bounds: the machine is shared; a dummy that skipped bcrypt would be ~1000 times faster.
        Assert.That(dummy.TotalMilliseconds, Is.InRange(real.TotalMilliseconds / 3, real.TotalMilliseconds * 3));
    }

    private static TimeSpan Median(Action action)
    {
        var samples = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            samples.Add(watch.Elapsed);
        }

        samples.Sort();
        return samples[2];
    }

    private static BcryptPasswordHasher Create(int workFactor) =>
        new(Options.Create(new PasswordHashingOptions { WorkFactor = workFactor }));
}
