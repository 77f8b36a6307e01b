using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>A Stormpath account (stormpath-api.md §4.1). The password is write-only and never appears here.</summary>
public sealed class StormpathAccount : StormpathResource
{
    /// <summary>Gets the user name, unique per directory (case-insensitively).</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>Gets the email address, unique per directory (case-insensitively).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the given (first) name.</summary>
    [JsonPropertyName("givenName")]
    public string? GivenName { get; init; }

    /// <summary>Gets the middle name.</summary>
    [JsonPropertyName("middleName")]
    public string? MiddleName { get; init; }

    /// <summary>Gets the surname.</summary>
    [JsonPropertyName("surname")]
    public string? Surname { get; init; }

    /// <summary>Gets the full name the server computed from the given, middle and surname.</summary>
    [JsonPropertyName("fullName")]
    public string? FullName { get; init; }

    /// <summary>Gets the account status; an unknown value reads as <see cref="StormpathAccountStatus.Unknown"/>.</summary>
    [JsonPropertyName("status")]
    public StormpathAccountStatus Status { get; init; }

    /// <summary>Gets whether the email address has been verified.</summary>
    [JsonPropertyName("emailVerificationStatus")]
    public StormpathEmailVerificationStatus EmailVerificationStatus { get; init; }

    /// <summary>Gets the pending email verification token, or <see langword="null"/> when there is none.</summary>
    [JsonPropertyName("emailVerificationToken")]
    public StormpathLink? EmailVerificationToken { get; init; }

    /// <summary>Gets when the password was last set.</summary>
    [JsonPropertyName("passwordModifiedAt")]
    public DateTimeOffset? PasswordModifiedAt { get; init; }

    /// <summary>Gets the account's custom data: only its href unless <c>customData</c> was expanded.</summary>
    [JsonPropertyName("customData")]
    public StormpathCustomData? CustomData { get; init; }

    /// <summary>Gets the directory that owns the account.</summary>
    [JsonPropertyName("directory")]
    public StormpathLink? Directory { get; init; }

    /// <summary>Gets the tenant that owns the account.</summary>
    [JsonPropertyName("tenant")]
    public StormpathLink? Tenant { get; init; }

    /// <summary>Gets the groups of the account: only the collection href unless <c>groups</c> was expanded.</summary>
    [JsonPropertyName("groups")]
    public StormpathCollectionPage<StormpathGroup>? Groups { get; init; }

    /// <summary>Gets the group memberships of the account: only the collection href unless expanded.</summary>
    [JsonPropertyName("groupMemberships")]
    public StormpathCollectionPage<StormpathGroupMembership>? GroupMemberships { get; init; }
}
