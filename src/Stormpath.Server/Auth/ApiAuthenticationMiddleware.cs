using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Auth;

/// <summary>
/// Authenticates every <c>/v1</c> request with a tenant API key, by HTTP Basic (§2.1) or SAuthc1 (§2.2).
/// Failures answer 401 with a Stormpath error body (code 401, §14.2). Neither the header nor the secret
/// is ever logged.
/// </summary>
internal sealed class ApiAuthenticationMiddleware(RequestDelegate next, ILogger<ApiAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, StormpathServerDbContext db, ApiKeySecretProtector secrets, CallerContext caller)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var failure = header.Length == 0
            ? "The request has no Authorization header; authenticate with a tenant API key (Basic or SAuthc1)."
            : header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                ? await AuthenticateBasicAsync(header["Basic ".Length..].Trim(), db, secrets, caller, context.RequestAborted)
                : "The Authorization scheme is not supported; use Basic or SAuthc1.";

        if (failure is not null)
        {
            logger.LogInformation("Rejected API authentication for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, failure);
            await ErrorResult.WriteAsync(context, ErrorCatalog.Unauthenticated(failure));
            return;
        }

        await next(context);
    }

    private static async Task<string?> AuthenticateBasicAsync(string token, StormpathServerDbContext db, ApiKeySecretProtector secrets, CallerContext caller, CancellationToken cancellationToken)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return "The Basic credentials are not valid base64.";
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return "The Basic credentials must be 'apiKeyId:apiKeySecret'.";
        }

        var id = decoded[..colon];
        var key = await FindTenantKeyAsync(db, id, cancellationToken);
        if (key is null || !secrets.TryUnprotect(key.ProtectedSecret, out var secret)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(decoded[(colon + 1)..])))
        {
            return "The API key id or secret is not valid, or the key is disabled.";
        }

        caller.SignIn(key.TenantId, key.Id);
        return null;
    }

    /// <summary>An enabled tenant administrator key (account keys cannot call the management API).</summary>
    internal static Task<ApiKeyRecord?> FindTenantKeyAsync(StormpathServerDbContext db, string id, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id && k.AccountId == null && k.Status == "ENABLED", cancellationToken);
}
