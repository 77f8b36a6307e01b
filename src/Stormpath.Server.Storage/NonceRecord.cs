namespace Stormpath.Server.Storage;

/// <summary>
/// A SAuthc1 nonce seen inside the clock-skew window. The primary key makes a replay fail on insert, on
/// every server instance that shares the database.
/// </summary>
public sealed class NonceRecord
{
    /// <summary>Gets or sets the key: <c>{apiKeyId}/{nonce}</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Gets or sets when the nonce leaves the skew window and may be purged.</summary>
    public DateTime ExpiresAt { get; set; }
}
