using Refit;

namespace Stormpath.Client;

/// <summary>
/// The Refit interface under <see cref="StormpathClient"/>. Stormpath is navigated by hrefs (stormpath-api.md §1.3),
/// so every call takes the href's path relative to the configured origin and its query parameters. There is one
/// method per request body the client sends, so Refit's source generator builds every request inline. Responses come
/// back raw, so that status codes, error bodies and truncated bodies are mapped in one place.
/// </summary>
internal interface IStormpathApi
{
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetAsync(string path, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Delete("/{**path}")]
    Task<HttpResponseMessage> DeleteAsync(string path, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> PostEmptyAsync(string path, [Query] IDictionary<string, string> query, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> CreateAccountAsync(string path, [Query] IDictionary<string, string> query, [Body(BodySerializationMethod.Serialized, true)] StormpathAccountCreateRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> UpdateAccountAsync(string path, [Query] IDictionary<string, string> query, [Body(BodySerializationMethod.Serialized, true)] StormpathAccountUpdateRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> LoginAsync(string path, [Query] IDictionary<string, string> query, [Body(BodySerializationMethod.Serialized, true)] StormpathLoginAttemptRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> PostGroupAsync(string path, [Query] IDictionary<string, string> query, [Body(BodySerializationMethod.Serialized, true)] StormpathGroupRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> CreateGroupMembershipAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathGroupMembershipCreateRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> CreateAccountStoreMappingAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathAccountStoreMappingCreateRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> UpdateAccountCreationPolicyAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathAccountCreationPolicyUpdateRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> PostCustomDataAsync(string path, [Body(BodySerializationMethod.Serialized, true)] Dictionary<string, object?> body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> CreatePasswordResetTokenAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathPasswordResetRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> ConsumePasswordResetTokenAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathPasswordResetConsumeRequest body, CancellationToken cancellationToken);

    [Post("/{**path}")]
    Task<HttpResponseMessage> SendVerificationEmailAsync(string path, [Body(BodySerializationMethod.Serialized, true)] StormpathVerificationEmailRequest body, CancellationToken cancellationToken);
}
