using System.Globalization;
using Microsoft.Extensions.Options;

namespace Stormpath.Server.Email;

/// <summary>
/// Writes each email as an RFC 5322 <c>.eml</c> file into <see cref="EmailOptions.PickupDirectory"/>, so a
/// person or a test can open it and follow its link.
/// </summary>
/// <remarks>
/// Names are <c>{UTC time}-{random}.eml</c>, so they sort by time and never collide. A message is written to
/// a hidden <c>.tmp</c> file first and renamed when complete: a reader watching the folder never sees half a
/// message, and concurrent sends never touch the same file.
/// </remarks>
internal sealed class PickupDirectoryEmailSender : EmailSenderBase
{
    private readonly ILogger<PickupDirectoryEmailSender> _logger;

    /// <summary>
    /// Initializes a new instance of the <see cref="PickupDirectoryEmailSender"/> class.
    /// </summary>
    /// <param name="options">The email options.</param>
    /// <param name="timeProvider">The clock for file names and the Date header.</param>
    /// <param name="logger">The logger.</param>
    public PickupDirectoryEmailSender(IOptions<EmailOptions> options, TimeProvider timeProvider, ILogger<PickupDirectoryEmailSender> logger)
        : base(options, timeProvider)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>Gets the full path of the pickup folder.</summary>
    public string DirectoryPath => Path.GetFullPath(Options.PickupDirectory);

    /// <inheritdoc/>
    public override async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(message);

        var mime = ToMime(message);
        var directory = DirectoryPath;
        Directory.CreateDirectory(directory);

        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{TimeProvider.GetUtcNow():yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}");
        var temporary = Path.Combine(directory, "." + name + ".tmp");
        var final = Path.Combine(directory, name + ".eml");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, final, overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        EmailLog.WrotePickupFile(_logger, mime.MessageId, final);
    }
}
