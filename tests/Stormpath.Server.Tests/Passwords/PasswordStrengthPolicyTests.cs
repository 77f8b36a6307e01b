using Stormpath.Server.Passwords;

namespace Stormpath.Server.Tests.Passwords;

public sealed class PasswordStrengthPolicyTests
{
    [TestCase("Passw0rd")]
    [TestCase("aB3aaaaa")]
    [TestCase("Ünïcødé1")]
    public void Evaluate_DefaultPolicyMet_HasNoViolations(string password)
    {
        Assert.That(PasswordStrengthPolicy.Evaluate(password, PasswordStrengthSettings.Default), Is.Empty);
    }

    [Test]
    public void Evaluate_TooShort_Reports2007WithTheMinimum()
    {
        var violations = PasswordStrengthPolicy.Evaluate("Pa55w0r", PasswordStrengthSettings.Default);

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(violations[0].Requirement, Is.EqualTo(PasswordRequirement.MinLength));
            Assert.That(violations[0].Code, Is.EqualTo(2007));
            Assert.That(violations[0].Required, Is.EqualTo(8));
            Assert.That(violations[0].Message, Is.EqualTo("Password requires at least 8 characters."));
        });
    }

    [Test]
    public void Evaluate_TooLong_Reports2008WithTheMaximum()
    {
        var violations = PasswordStrengthPolicy.Evaluate("Aa1" + new string('x', 98), PasswordStrengthSettings.Default);

        Assert.That(violations.Select(v => (v.Requirement, v.Code, v.Message)), Is.EqualTo(new[]
        {
            (PasswordRequirement.MaxLength, 2008, "Password cannot exceed 100 characters."),
        }));
    }

    [Test]
    public void Evaluate_ExactlyTheBounds_IsAccepted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PasswordStrengthPolicy.Evaluate("Aa1" + new string('x', 5), PasswordStrengthSettings.Default), Is.Empty);
            Assert.That(PasswordStrengthPolicy.Evaluate("Aa1" + new string('x', 97), PasswordStrengthSettings.Default), Is.Empty);
        });
    }

    [Test]
    public void Evaluate_EveryClassMissing_ReportsEachWith2002InOrder()
    {
        var settings = new PasswordStrengthSettings(MinSymbol: 2, MinDiacritic: 1);

        var violations = PasswordStrengthPolicy.Evaluate("        ", settings);

        Assert.That(violations.Select(v => (v.Requirement, v.Code, v.Required, v.Message)), Is.EqualTo(new[]
        {
            (PasswordRequirement.MinLowerCase, 2002, 1, "Password requires at least 1 lowercase character."),
            (PasswordRequirement.MinUpperCase, 2002, 1, "Password requires at least 1 uppercase character."),
            (PasswordRequirement.MinNumeric, 2002, 1, "Password requires at least 1 numeric character."),
            (PasswordRequirement.MinDiacritic, 2002, 1, "Password requires at least 1 diacritic character."),
        }));
    }

    [TestCase("Password1", 0)]
    [TestCase("Pass word1", 1)]
    [TestCase("Pass-w@rd1", 2)]
    [TestCase("Pa€€word1", 2)]
    public void Evaluate_Symbols_AreCounted(string password, int symbols)
    {
        var violations = PasswordStrengthPolicy.Evaluate(password, new PasswordStrengthSettings(MinSymbol: symbols + 1));

        var noun = symbols + 1 == 1 ? "character" : "characters";
        Assert.That(violations.Single().Message, Is.EqualTo($"Password requires at least {symbols + 1} symbol {noun}."));
        Assert.That(PasswordStrengthPolicy.Evaluate(password, new PasswordStrengthSettings(MinSymbol: symbols)), Is.Empty);
    }

    [Test]
    public void Evaluate_DiacriticPrecomposedOrCombining_CountsOnceEither()
    {
        var settings = new PasswordStrengthSettings(MinLength: 9, MinDiacritic: 1);
        const string precomposed = "Caf\u00e9Bar12";
        const string combining = "Cafe\u0301Bar12";

        Assert.Multiple(() =>
        {
            Assert.That(PasswordStrengthPolicy.Length(precomposed), Is.EqualTo(9));
            Assert.That(PasswordStrengthPolicy.Length(combining), Is.EqualTo(9));
            Assert.That(PasswordStrengthPolicy.Evaluate(precomposed, settings), Is.Empty);
            Assert.That(PasswordStrengthPolicy.Evaluate(combining, settings), Is.Empty);
            Assert.That(PasswordStrengthPolicy.Evaluate("CafeBar123", settings).Single().Requirement, Is.EqualTo(PasswordRequirement.MinDiacritic));
        });
    }

    [Test]
    public void Length_Emoji_CountsAsOneCharacter()
    {
        Assert.Multiple(() =>
        {
            Assert.That("Aa1\U0001F600".Length, Is.EqualTo(5));
            Assert.That(PasswordStrengthPolicy.Length("Aa1\U0001F600"), Is.EqualTo(4));
            Assert.That(PasswordStrengthPolicy.Evaluate("Aa1\U0001F600\U0001F600\U0001F600\U0001F600", PasswordStrengthSettings.Default).Single().Requirement, Is.EqualTo(PasswordRequirement.MinLength));
        });
    }

    [Test]
    public void Evaluate_NonAsciiClasses_CountByUnicodeCategory()
    {
        var settings = new PasswordStrengthSettings(MinLength: 3, MinLowerCase: 1, MinUpperCase: 1, MinNumeric: 1);

        Assert.That(PasswordStrengthPolicy.Evaluate("Ωß\u0663", settings), Is.Empty);
    }

    [Test]
    public void Evaluate_SeveralRequired_UsesPluralMessages()
    {
        var violations = PasswordStrengthPolicy.Evaluate("Password1", new PasswordStrengthSettings(MinUpperCase: 2, MinNumeric: 3));

        Assert.That(violations.Select(v => v.Message), Is.EqualTo(new[]
        {
            "Password requires at least 2 uppercase characters.",
            "Password requires at least 3 numeric characters.",
        }));
    }

    [Test]
    public void Evaluate_Messages_NeverContainThePassword()
    {
        const string password = "zq";

        var violations = PasswordStrengthPolicy.Evaluate(password, PasswordStrengthSettings.Default);

        Assert.That(violations, Has.Count.EqualTo(3));
        Assert.That(violations.Select(v => v.Message), Has.None.Contains(password));
    }

    [Test]
    public void Default_MatchesStormpathDefaults()
    {
        Assert.That(PasswordStrengthSettings.Default, Is.EqualTo(new PasswordStrengthSettings(8, 100, 1, 1, 1, 0, 0)));
    }
}
