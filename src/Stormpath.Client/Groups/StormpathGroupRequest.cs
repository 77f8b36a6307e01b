using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>The body of a group create or partial update; properties left <see langword="null"/> are not sent.</summary>
public sealed class StormpathGroupRequest
{
    /// <summary>Gets or sets the name (required on create).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the status.</summary>
    [JsonPropertyName("status")]
    public StormpathResourceStatus? Status { get; set; }
}
