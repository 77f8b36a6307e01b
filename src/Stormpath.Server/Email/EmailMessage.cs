namespace Stormpath.Server.Email;

/// <summary>
/// An email to one recipient. The sender address comes from <see cref="EmailOptions"/>.
/// </summary>
/// <param name="ToAddress">The recipient's address.</param>
/// <param name="ToName">The recipient's display name, or null.</param>
/// <param name="Subject">The subject.</param>
/// <param name="TextBody">The plain-text body.</param>
/// <param name="HtmlBody">An HTML alternative of the body, or null for plain text only.</param>
internal sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody = null);
