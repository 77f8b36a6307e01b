namespace Stormpath.Server.Passwords;

/// <summary>
/// A rule of the strength policy that a password breaks.
/// </summary>
/// <param name="Requirement">The rule.</param>
/// <param name="Code">The Stormpath error code to answer with (HTTP 400): 2007, 2008 or 2002.</param>
/// <param name="Required">The number the rule asks for.</param>
/// <param name="Message">A message safe for end users (it never contains the password).</param>
internal sealed record PasswordPolicyViolation(PasswordRequirement Requirement, int Code, int Required, string Message);
