using System.Text.Json;
using Stormpath.Server.Errors;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Accounts;

/// <summary>The account creation policy's email domain whitelist and blacklist, with <c>*</c> wildcards (§3.10).</summary>
internal static class EmailDomainRules
{
    public static void Enforce(string domain, DirectoryRecord directory)
    {
        var blacklist = JsonSerializer.Deserialize<string[]>(directory.EmailDomainBlacklist) ?? [];
        if (blacklist.Any(p => Matches(domain, p)))
        {
            throw new StormpathErrorException(ErrorCatalog.EmailDomainBlacklisted());
        }

        var whitelist = JsonSerializer.Deserialize<string[]>(directory.EmailDomainWhitelist) ?? [];
        if (whitelist.Length > 0 && !whitelist.Any(p => Matches(domain, p)))
        {
            throw new StormpathErrorException(ErrorCatalog.EmailDomainNotWhitelisted());
        }
    }

    private static bool Matches(string domain, string pattern)
    {
        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern.Trim()).Replace("\\*", ".*", StringComparison.Ordinal) + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(domain, regex, System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
    }
}
