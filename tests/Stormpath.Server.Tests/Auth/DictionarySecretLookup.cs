using Stormpath.Server.Auth;

namespace Stormpath.Server.Tests.Auth;

/// <summary>A fixed set of API keys; counts the look-ups.</summary>
internal sealed class DictionarySecretLookup(IReadOnlyDictionary<string, string> secrets) : IApiKeySecretLookup
{
    public int Lookups { get; private set; }

    public ValueTask<string?> FindSecretAsync(string keyId, CancellationToken cancellationToken)
    {
        Lookups++;
        return ValueTask.FromResult(secrets.TryGetValue(keyId, out var secret) ? secret : null);
    }
}
