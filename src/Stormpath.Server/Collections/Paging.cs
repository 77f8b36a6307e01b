using Stormpath.Server.Errors;

namespace Stormpath.Server.Collections;

/// <summary>Collection paging: zero-based <c>offset</c>, <c>limit</c> 1–100 with default 25 (§1.6).</summary>
internal readonly record struct Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static Paging Default => new(0, DefaultLimit);

    public static Paging Create(int? offset, int? limit, string parameter)
    {
        if (offset is < 0)
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidQueryValue(parameter, "offset must be zero or more."));
        }

        if (limit is < 1)
        {
            throw new StormpathErrorException(ErrorCatalog.InvalidQueryValue(parameter, "limit must be at least 1."));
        }

        // A limit above the maximum is capped rather than refused, as the hosted service did.
        return new Paging(offset ?? 0, Math.Min(limit ?? DefaultLimit, MaxLimit));
    }
}
