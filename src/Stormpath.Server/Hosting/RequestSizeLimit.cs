using Microsoft.AspNetCore.Http.Metadata;

namespace Stormpath.Server.Hosting;

/// <summary>Endpoint metadata that raises the body size limit (customData documents may reach 10 MB).</summary>
internal sealed class RequestSizeLimit(long maxBytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize { get; } = maxBytes;
}
