using System.Text.Json;
using System.Text.Json.Serialization;

namespace Stormpath.Client;

/// <summary>
/// Source-generated JSON metadata for the bodies the client sends and the resources it reads most, handed to Refit's
/// generated client. The converters and naming of <see cref="StormpathJson.Options"/> still apply.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StormpathAccountCreateRequest))]
[JsonSerializable(typeof(StormpathAccountUpdateRequest))]
[JsonSerializable(typeof(StormpathLoginAttemptRequest))]
[JsonSerializable(typeof(StormpathGroupRequest))]
[JsonSerializable(typeof(StormpathGroupMembershipCreateRequest))]
[JsonSerializable(typeof(StormpathAccountStoreMappingCreateRequest))]
[JsonSerializable(typeof(StormpathPasswordResetRequest))]
[JsonSerializable(typeof(StormpathPasswordResetConsumeRequest))]
[JsonSerializable(typeof(StormpathVerificationEmailRequest))]
[JsonSerializable(typeof(StormpathAccountCreationPolicyUpdateRequest))]
[JsonSerializable(typeof(StormpathError))]
internal sealed partial class StormpathJsonContext : JsonSerializerContext;
