using System.Text.RegularExpressions;
using MimeKit;

namespace Stormpath.Server.Tests.Tokens;

/// <summary>Reads the <c>.eml</c> files the server writes to its pickup folder and follows their <c>sptoken</c> links.</summary>
internal static partial class PickupFolder
{
    /// <summary>The messages sent to <paramref name="address"/>, oldest first.</summary>
    public static List<MimeMessage> MessagesTo(string folder, string address)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The one message with <paramref name="subject"/> sent to <paramref name="address"/>.</summary>
    public static MimeMessage Single(string folder, string address, string subject)
    {
        var matches = MessagesTo(folder, address).Where(m => m.Subject == subject).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"messages '{subject}' to {address}");
        return matches[0];
    }

    /// <summary>The link in the message's text and its <c>sptoken</c>, URL-decoded.</summary>
    public static (Uri Link, string Token) Link(MimeMessage message)
    {
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.That(match.Success, Is.True, $"a ?sptoken= link in: {message.TextBody}");
        return (new Uri(match.Value), Uri.UnescapeDataString(match.Groups[1].Value));
    }

    [GeneratedRegex(@"https?://\S+?[?&]sptoken=([^\s&""<>]+)")]
    private static partial Regex LinkPattern();
}
