using System.Globalization;

namespace Stormpath.Server.Resources;

/// <summary>Timestamps as the wire shows them: ISO-8601 UTC with milliseconds (§1.4).</summary>
internal static class Timestamps
{
    /// <summary>The current UTC time, truncated to milliseconds so that what is stored is what is shown.</summary>
    public static DateTime Now(TimeProvider timeProvider)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public static string Format(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
