using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Errors;
using Stormpath.Server.Hosting;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Auth;

/// <summary>
/// Authenticates every <c>/v1</c> request with a tenant API key, by HTTP Basic (§2.1) or SAuthc1 (§2.2, with
/// the clock-skew window and a database nonce ledger against replays). Failures answer 401 with a Stormpath
/// error body (code 401, §14.2). Neither the header nor any secret is ever logged.
/// </summary>
internal sealed class ApiAuthenticationMiddleware(RequestDelegate next, ILogger<ApiAuthenticationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, TenantApiKeySecrets secrets, SAuthc1Verifier verifier, INonceLedger nonces, CallerContext caller)
    {
        if (!context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        string? failure;
        if (header.Length == 0)
        {
            failure = "The request has no Authorization header; authenticate with a tenant API key (Basic or SAuthc1).";
        }
        else if (BasicCredentials.TryParse(header, out var basic, out var basicError))
        {
            failure = await basic.VerifyAsync(secrets, context.RequestAborted) ? null : "The API key id or secret is not valid, or the key is disabled.";
        }
        else if (basicError != BasicCredentialsParseError.NotBasic)
        {
            failure = "The Basic credentials are malformed; send base64(apiKeyId:apiKeySecret).";
        }
        else
        {
            failure = await VerifySAuthc1Async(context, secrets, verifier, nonces);
        }

        if (failure is not null || secrets.Found is not { } key)
        {
            logger.LogInformation("Rejected API authentication for {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path.Value, failure);
            await ErrorResult.WriteAsync(context, ErrorCatalog.Unauthenticated(failure ?? "The API key is not valid."));
            return;
        }

        caller.SignIn(key.TenantId, key.Id);
        await next(context);
    }

    /// <summary>An enabled tenant administrator key (account keys cannot call the management API).</summary>
    internal static Task<ApiKeyRecord?> FindTenantKeyAsync(StormpathServerDbContext db, string id, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id && k.AccountId == null && k.Status == "ENABLED", cancellationToken);

    private static async Task<string?> VerifySAuthc1Async(HttpContext context, TenantApiKeySecrets secrets, SAuthc1Verifier verifier, INonceLedger nonces)
    {
        // The signature covers the body: buffer it (within the endpoint's size limit, already set by routing)
        // and rewind it for the endpoint.
        var request = context.Request;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, context.RequestAborted);
        request.Body.Position = 0;

        var received = ReceivedRequest.FromHttpRequest(request, buffer.ToArray());
        if (context.Items[MethodOverrideMiddleware.OriginalMethodKey] is string original && original != request.Method)
        {
            received = new ReceivedRequest(original, received.RawPath, received.RawQuery, received.GetHeader, received.Body);
        }

        var result = await verifier.VerifyAsync(received, secrets, context.RequestAborted);
        if (!result.Succeeded)
        {
            return result.Failure switch
            {
                SAuthc1Failure.NotSAuthc1 => "The Authorization scheme is not supported; use Basic or SAuthc1.",
                SAuthc1Failure.OutsideClockSkew => "The X-Stormpath-Date of the SAuthc1 request is outside the allowed clock skew.",
                SAuthc1Failure.UnknownKey => "The API key is unknown or disabled.",
                SAuthc1Failure.SignatureMismatch => "The SAuthc1 signature does not match the request.",
                var other => $"The SAuthc1 authorization is not valid ({other}).",
            };
        }

        return await nonces.TryRecordAsync(result.KeyId!, result.Nonce!, result.NonceExpiresAt!.Value, context.RequestAborted)
            ? null
            : "The SAuthc1 nonce has already been used; sign every request with a fresh nonce.";
    }
}
