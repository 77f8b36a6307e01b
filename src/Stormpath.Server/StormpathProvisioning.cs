namespace Stormpath.Server;

/// <summary>What <c>init</c> provisions: a tenant, an application, its directory and a tenant admin API key.</summary>
/// <param name="TenantHref">The tenant href.</param>
/// <param name="ApplicationHref">The application href.</param>
/// <param name="DirectoryHref">The directory href; mapped to the application as default account and group store.</param>
/// <param name="ApiKeyId">The tenant admin API key id.</param>
/// <param name="ApiKeySecret">The tenant admin API key secret.</param>
public sealed record StormpathProvisioning(Uri TenantHref, Uri ApplicationHref, Uri DirectoryHref, string ApiKeyId, string ApiKeySecret);
