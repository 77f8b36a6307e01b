using System.Text.Json.Nodes;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Resources;

internal sealed partial class Representations
{
    public JsonObject PasswordPolicy(DirectoryRecord directory)
    {
        var href = links.Href("passwordPolicies", directory.Id);
        return new JsonObject
        {
            ["href"] = href,
            ["resetTokenTtl"] = directory.ResetTokenTtlHours,
            ["resetEmailStatus"] = directory.ResetEmailStatus,
            ["resetSuccessEmailStatus"] = directory.ResetSuccessEmailStatus,
            ["strength"] = Link($"{href}/strength"),
            ["createdAt"] = Timestamps.Format(directory.CreatedAt),
            ["modifiedAt"] = Timestamps.Format(directory.PasswordPolicyModifiedAt),
        };
    }

    public JsonObject PasswordStrength(DirectoryRecord directory) => new()
    {
        ["href"] = links.Href("passwordPolicies", directory.Id, "strength"),
        ["minLength"] = directory.MinLength,
        ["maxLength"] = directory.MaxLength,
        ["minLowerCase"] = directory.MinLowerCase,
        ["minUpperCase"] = directory.MinUpperCase,
        ["minNumeric"] = directory.MinNumeric,
        ["minSymbol"] = directory.MinSymbol,
        ["minDiacritic"] = directory.MinDiacritic,
        ["preventReuse"] = directory.PreventReuse,
        ["createdAt"] = Timestamps.Format(directory.CreatedAt),
        ["modifiedAt"] = Timestamps.Format(directory.StrengthModifiedAt),
    };

    public JsonObject AccountCreationPolicy(DirectoryRecord directory) => new()
    {
        ["href"] = links.Href("accountCreationPolicies", directory.Id),
        ["verificationEmailStatus"] = directory.VerificationEmailStatus,
        ["verificationSuccessEmailStatus"] = directory.VerificationSuccessEmailStatus,
        ["welcomeEmailStatus"] = directory.WelcomeEmailStatus,
        ["emailDomainWhitelist"] = JsonNode.Parse(directory.EmailDomainWhitelist),
        ["emailDomainBlacklist"] = JsonNode.Parse(directory.EmailDomainBlacklist),
        ["createdAt"] = Timestamps.Format(directory.CreatedAt),
        ["modifiedAt"] = Timestamps.Format(directory.AccountCreationPolicyModifiedAt),
    };
}
