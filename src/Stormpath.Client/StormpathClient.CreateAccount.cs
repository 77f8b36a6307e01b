using System.Net;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Stormpath.Client;

/// <content>
/// Account create, the one call whose retry must be proved safe: a POST that timed out or lost its connection may
/// have created the account, so before trying again the client looks the account up by email in the collection it
/// posted to (emails are unique per directory, stormpath-api.md §4.1) and returns it when it is there.
/// </content>
internal sealed partial class StormpathClient
{
    private const int DuplicateCode = 2001;

    public async Task<StormpathAccount> CreateAccountAsync(Uri accountsHref, StormpathAccountCreateRequest request, StormpathAccountCreateOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Email, nameof(request));
        var target = Resolve(accountsHref, nameof(accountsHref));
        var query = StormpathHref.Query(target);
        if (options?.RegistrationWorkflowEnabled is { } workflow)
        {
            query["registrationWorkflowEnabled"] = workflow ? "true" : "false";
        }

        if (!string.IsNullOrEmpty(options?.PasswordFormat))
        {
            query["passwordFormat"] = options.PasswordFormat;
        }

        StormpathQueryString.AddExpand(query, options?.Expand);
        var operation = Operation(HttpMethod.Post, target);
        var started = _timeProvider.GetTimestamp();
        var outcomeWasUnknown = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PostAsync<StormpathAccount>(target, (api, path) => api.CreateAccountAsync(path, query, request, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (StormpathException e) when (outcomeWasUnknown && e.Status == HttpStatusCode.Conflict && e.Code == DuplicateCode)
            {
                // An earlier attempt did create the account after all (its response was lost): the server refused the
                // duplicate, so the account is there to be read.
                var existing = await FindByEmailAsync(target, request.Email, options, e, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    throw;
                }

                StormpathClientLog.CreateRecovered(_logger, operation);
                return existing;
            }
            catch (StormpathException e) when (IsOutcomeUnknown(e))
            {
                outcomeWasUnknown = true;
                StormpathClientLog.CreateOutcomeUnknown(_logger, e, operation, attempt);
                var existing = await FindByEmailAsync(target, request.Email, options, e, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    StormpathClientLog.CreateRecovered(_logger, operation);
                    return existing;
                }

                // Proved not created: trying again cannot make a second account.
                if (attempt > _options.MaxRetries || _timeProvider.GetElapsedTime(started) >= _options.TotalTimeout)
                {
                    throw;
                }

                await Task.Delay(StormpathResilience.BaseDelay * (1 << (attempt - 1)), _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A failure with no answer from the server, other than the circuit breaker refusing to send at all.</summary>
    private static bool IsOutcomeUnknown(StormpathException e) =>
        e.Status is null && e.InnerException is not null and not BrokenCircuitException;

    private async Task<StormpathAccount?> FindByEmailAsync(Uri accountsHref, string email, StormpathAccountCreateOptions? options, StormpathException cause, CancellationToken cancellationToken)
    {
        // In an attribute search `*` is a wildcard that cannot be escaped (stormpath-api.md §1.9): such an email cannot
        // be looked up exactly, so the outcome stays unknown.
        if (email.Contains('*', StringComparison.Ordinal))
        {
            throw new StormpathException(StormpathClientMessages.CreateOutcomeUnknown(Operation(HttpMethod.Post, accountsHref)), null, cause);
        }

        var query = new StormpathQuery { Limit = 1 };
        query.Filters["email"] = email;
        foreach (var expand in options?.Expand ?? [])
        {
            query.Expand.Add(expand);
        }

        try
        {
            var page = await GetPageAsync<StormpathAccount>(accountsHref, query, cancellationToken).ConfigureAwait(false);
            return page.Items.FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
        }
        catch (StormpathException lookupFailure)
        {
            throw new StormpathException(
                StormpathClientMessages.CreateOutcomeUnknown(Operation(HttpMethod.Post, accountsHref)),
                null,
                new AggregateException(cause, lookupFailure));
        }
    }
}
