using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body that starts a password reset (stormpath-api.md §7.1).</summary>
internal sealed record StormpathPasswordResetRequest(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("accountStore")] StormpathLink? AccountStore);

/// <summary>The body that consumes a password reset token.</summary>
internal sealed record StormpathPasswordResetConsumeRequest(
    [property: JsonPropertyName("password")] string Password);

/// <summary>The body that asks for the verification email again (stormpath-api.md §7.2).</summary>
internal sealed record StormpathVerificationEmailRequest(
    [property: JsonPropertyName("login")] string Login,
    [property: JsonPropertyName("accountStore")] StormpathLink? AccountStore);
