namespace Stormpath.Server.Email;

/// <summary>
/// The log events of email delivery. Recipients' addresses and SMTP passwords are never logged.
/// </summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Wrote email {MessageId} to {Path}.")]
    public static partial void WrotePickupFile(ILogger logger, string? messageId, string path);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Sent email {MessageId} through {Host}:{Port} as {UserName}.")]
    public static partial void SentOverSmtp(ILogger logger, string? messageId, string host, int port, string? userName);
}
