using Microsoft.Extensions.Options;
using MimeKit;

namespace Stormpath.Server.Email;

/// <summary>
/// What both senders share: the options, the clock, and turning a message into MIME.
/// </summary>
internal abstract class EmailSenderBase : IEmailSender
{
    /// <summary>
    /// Initializes a new instance of the <see cref="EmailSenderBase"/> class.
    /// </summary>
    /// <param name="options">The email options.</param>
    /// <param name="timeProvider">The clock for the Date header (and file names).</param>
    protected EmailSenderBase(IOptions<EmailOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Options = options.Value;
        TimeProvider = timeProvider;
    }

    /// <summary>Gets the email options.</summary>
    protected EmailOptions Options { get; }

    /// <summary>Gets the clock.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <inheritdoc/>
    public abstract Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>Builds the MIME form of a message, with the sender, date and Message-Id filled in.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The MIME message.</returns>
    protected MimeMessage ToMime(EmailMessage message) => MimeMessageFactory.Create(message, Options, TimeProvider);
}
