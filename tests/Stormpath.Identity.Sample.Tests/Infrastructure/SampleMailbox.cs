using System.Text.RegularExpressions;
using MimeKit;

namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>Reads the emails the embedded directory drops into its pickup folder, one <c>.eml</c> file each.</summary>
internal sealed partial class SampleMailbox(string pickupDirectory)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Waits for a message to <paramref name="recipient"/> not read before whose link opens
    /// <paramref name="pagePath"/>, and returns that link.</summary>
    public async Task<Uri> WaitForLinkAsync(string recipient, string pagePath, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Directory.Exists(pickupDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(pickupDirectory, "*.eml").Order(StringComparer.Ordinal))
                {
                    if (_read.Contains(file) || TryRead(file) is not { } message)
                    {
                        continue;
                    }

                    if (!message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    var body = message.TextBody ?? message.HtmlBody ?? "";
                    var link = Link().Matches(body)
                        .Select(m => new Uri(System.Net.WebUtility.HtmlDecode(m.Value)))
                        .FirstOrDefault(u => u.AbsolutePath.Equals(pagePath, StringComparison.OrdinalIgnoreCase));
                    if (link is not null)
                    {
                        _read.Add(file);
                        return link;
                    }
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No email to {recipient} with a link to {pagePath} arrived in {pickupDirectory}.");
            }

            await Task.Delay(200);
        }
    }

    private static MimeMessage? TryRead(string file)
    {
        try
        {
            return MimeMessage.Load(file);
        }
        catch (IOException)
        {
            // Still being written.
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+sptoken=[^\s""'<>&]+")]
    private static partial Regex Link();
}
