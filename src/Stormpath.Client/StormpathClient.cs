using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Refit;
using Polly.Timeout;

namespace Stormpath.Client;

/// <summary>
/// The implementation of <see cref="IStormpathClient"/> over the Refit interface <see cref="IStormpathApi"/>:
/// href navigation, the 404-is-null rule, error mapping and paging. Signing, redirects, retries, timeouts and
/// telemetry per attempt live in the HTTP pipeline that <c>AddStormpathClient</c> builds.
/// </summary>
internal sealed partial class StormpathClient : IStormpathClient
{
    private readonly IStormpathApi _api;
    private readonly StormpathClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public StormpathClient(IStormpathApi api, IOptions<StormpathClientOptions> options, ILogger<StormpathClient> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _api = api;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public Uri BaseUrl => _options.BaseUrl;

    public async Task<StormpathTenant> GetCurrentTenantAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var href = new Uri(BaseUrl, "tenants/current");
        using var response = await GetCoreAsync(href, StormpathHref.Query(href), cancellationToken).ConfigureAwait(false);
        return await ReadOrThrowAsync<StormpathTenant>(response, Operation(HttpMethod.Get, href), cancellationToken).ConfigureAwait(false);
    }

    public async Task<T?> GetAsync<T>(Uri href, IEnumerable<string>? expand = null, CancellationToken cancellationToken = default)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Resolve(href, nameof(href));
        var query = StormpathHref.Query(target);
        StormpathQueryString.AddExpand(query, expand);
        using var response = await GetCoreAsync(target, query, cancellationToken).ConfigureAwait(false);
        if (StormpathResponseReader.IsNotFound(response))
        {
            return null;
        }

        return await ReadOrThrowAsync<T>(response, Operation(HttpMethod.Get, target), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathCollectionPage<T>> GetPageAsync<T>(Uri collectionHref, StormpathQuery? query = null, CancellationToken cancellationToken = default)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Resolve(collectionHref, nameof(collectionHref));
        var parameters = StormpathHref.Query(target);
        StormpathQueryString.Add(parameters, query);
        return await GetPageCoreAsync<T>(target, parameters, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<T> EnumerateAsync<T>(Uri collectionHref, StormpathQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Resolve(collectionHref, nameof(collectionHref));
        var parameters = StormpathHref.Query(target);
        StormpathQueryString.Add(parameters, query);
        var limit = Math.Clamp(query?.Limit ?? _options.PageSize, 1, 100);
        var offset = query?.Offset ?? 0;
        parameters[StormpathQueryString.Limit] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (true)
        {
            parameters[StormpathQueryString.Offset] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var page = await GetPageCoreAsync<T>(target, parameters, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            offset += page.Items.Count;

            // size is the total of the whole collection (stormpath-api.md §1.6); a short page also ends the walk, so a
            // server that reports size loosely cannot make the client loop.
            if (page.Items.Count == 0 || page.Items.Count < limit || offset >= page.Size)
            {
                yield break;
            }
        }
    }

    public async Task<bool> DeleteAsync(Uri href, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Resolve(href, nameof(href));
        var operation = Operation(HttpMethod.Delete, target);
        using var response = await SendAsync(api => api.DeleteAsync(StormpathHref.Path(target), cancellationToken), HttpMethod.Delete, operation, cancellationToken).ConfigureAwait(false);
        if (StormpathResponseReader.IsNotFound(response))
        {
            return false;
        }

        await ThrowIfErrorAsync(response, operation, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<StormpathAccount> UpdateAccountAsync(Uri accountHref, StormpathAccountUpdateRequest request, IEnumerable<string>? expand = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        var target = Resolve(accountHref, nameof(accountHref));
        var query = StormpathHref.Query(target);
        StormpathQueryString.AddExpand(query, expand);
        return await PostAsync<StormpathAccount>(target, (api, path) => api.UpdateAccountAsync(path, query, request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathLoginResult> AuthenticateAsync(Uri applicationHref, string login, string password, Uri? accountStore = null, bool expandAccount = true, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(login);
        ArgumentNullException.ThrowIfNull(password);
        var target = StormpathHref.Child(Resolve(applicationHref, nameof(applicationHref)), "loginAttempts");
        var store = accountStore is null ? null : new StormpathLink(Resolve(accountStore, nameof(accountStore)));
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (expandAccount)
        {
            query[StormpathQueryString.Expand] = "account";
        }

        var value = Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + password));
        var body = new StormpathLoginAttemptRequest(value, store);
        return await PostAsync<StormpathLoginResult>(target, (api, path) => api.LoginAsync(path, query, body, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathGroup> CreateGroupAsync(Uri groupsHref, StormpathGroupRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        var target = Resolve(groupsHref, nameof(groupsHref));
        return await PostAsync<StormpathGroup>(target, (api, path) => api.PostGroupAsync(path, StormpathHref.Query(target), request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathGroup> UpdateGroupAsync(Uri groupHref, StormpathGroupRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        var target = Resolve(groupHref, nameof(groupHref));
        return await PostAsync<StormpathGroup>(target, (api, path) => api.PostGroupAsync(path, StormpathHref.Query(target), request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathGroupMembership> AddAccountToGroupAsync(Uri accountHref, Uri groupHref, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = new StormpathGroupMembershipCreateRequest(
            new StormpathLink(Resolve(accountHref, nameof(accountHref))),
            new StormpathLink(Resolve(groupHref, nameof(groupHref))));
        var target = new Uri(BaseUrl, "groupMemberships");
        return await PostAsync<StormpathGroupMembership>(target, (api, path) => api.CreateGroupMembershipAsync(path, body, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathAccountStoreMapping> CreateAccountStoreMappingAsync(StormpathAccountStoreMappingCreateRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Application, nameof(request));
        ArgumentNullException.ThrowIfNull(request.AccountStore, nameof(request));
        Resolve(request.Application.Href, nameof(request));
        Resolve(request.AccountStore.Href, nameof(request));
        var target = new Uri(BaseUrl, "accountStoreMappings");
        return await PostAsync<StormpathAccountStoreMapping>(target, (api, path) => api.CreateAccountStoreMappingAsync(path, request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathAccountCreationPolicy> UpdateAccountCreationPolicyAsync(Uri policyHref, StormpathAccountCreationPolicyUpdateRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request);
        var target = Resolve(policyHref, nameof(policyHref));
        return await PostAsync<StormpathAccountCreationPolicy>(target, (api, path) => api.UpdateAccountCreationPolicyAsync(path, request, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathCustomData> UpdateCustomDataAsync(Uri customDataHref, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(values);
        var target = Resolve(customDataHref, nameof(customDataHref));

        // A removed key is deleted with DELETE {customData}/{key}, as the .NET SDK does (stormpath-api.md §3.7); the
        // documented alternative, POSTing the key as null, is not honoured by every server.
        var set = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (value is null)
            {
                await DeleteAsync(StormpathHref.Child(target, key), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                set[key] = value;
            }
        }

        if (set.Count == 0)
        {
            return await GetAsync<StormpathCustomData>(target, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new StormpathException(StormpathClientMessages.EmptyBody(Operation(HttpMethod.Get, target), HttpStatusCode.NotFound), HttpStatusCode.NotFound);
        }

        return await PostAsync<StormpathCustomData>(target, (api, path) => api.PostCustomDataAsync(path, set, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathPasswordResetToken?> CreatePasswordResetTokenAsync(Uri applicationHref, string email, Uri? accountStore = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(email);
        var target = StormpathHref.Child(Resolve(applicationHref, nameof(applicationHref)), "passwordResetTokens");
        var store = accountStore is null ? null : new StormpathLink(Resolve(accountStore, nameof(accountStore)));
        var body = new StormpathPasswordResetRequest(email, store);
        try
        {
            return await PostAsync<StormpathPasswordResetToken>(target, (api, path) => api.CreatePasswordResetTokenAsync(path, body, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (StormpathException e) when (e.Status == HttpStatusCode.NotFound || e.Code == NoAccountForEmailCode)
        {
            return null;
        }
    }

    public async Task<StormpathPasswordResetToken?> VerifyPasswordResetTokenAsync(Uri applicationHref, string token, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(token);
        var target = StormpathHref.Child(StormpathHref.Child(Resolve(applicationHref, nameof(applicationHref)), "passwordResetTokens"), token);
        return await GetAsync<StormpathPasswordResetToken>(target, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<StormpathPasswordResetToken?> ResetPasswordAsync(Uri applicationHref, string token, string newPassword, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentNullException.ThrowIfNull(newPassword);
        var target = StormpathHref.Child(StormpathHref.Child(Resolve(applicationHref, nameof(applicationHref)), "passwordResetTokens"), token);
        try
        {
            return await PostAsync<StormpathPasswordResetToken>(target, (api, path) => api.ConsumePasswordResetTokenAsync(path, new(newPassword), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (StormpathException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<StormpathLink?> VerifyEmailAsync(string token, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(token);
        var target = StormpathHref.Child(new Uri(BaseUrl, "accounts/emailVerificationTokens"), token);
        var operation = Operation(HttpMethod.Post, target);
        using var response = await SendAsync(
            api => api.PostEmptyAsync(StormpathHref.Path(target), new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken),
            HttpMethod.Post,
            operation,
            cancellationToken).ConfigureAwait(false);
        if (StormpathResponseReader.IsNotFound(response))
        {
            return null;
        }

        return await ReadOrThrowAsync<StormpathLink>(response, operation, cancellationToken).ConfigureAwait(false);
    }

    public async Task ResendVerificationEmailAsync(Uri applicationHref, string login, Uri? accountStore = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentException.ThrowIfNullOrEmpty(login);
        var target = StormpathHref.Child(Resolve(applicationHref, nameof(applicationHref)), "verificationEmails");
        var store = accountStore is null ? null : new StormpathLink(Resolve(accountStore, nameof(accountStore)));
        var operation = Operation(HttpMethod.Post, target);
        using var response = await SendAsync(
            api => api.SendVerificationEmailAsync(StormpathHref.Path(target), new StormpathVerificationEmailRequest(login, store), cancellationToken),
            HttpMethod.Post,
            operation,
            cancellationToken).ConfigureAwait(false);
        await ThrowIfErrorAsync(response, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The code our server and the suggestion of stormpath-api.md §7.1 give for a reset of an unknown email.</summary>
    private const int NoAccountForEmailCode = 2016;

    private Uri Resolve(Uri href, string paramName) => StormpathHref.Resolve(BaseUrl, href, paramName);

    private static string Operation(HttpMethod method, Uri href) => method.Method + " " + StormpathHref.Redact(href);

    private async Task<StormpathCollectionPage<T>> GetPageCoreAsync<T>(Uri target, Dictionary<string, string> parameters, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await GetCoreAsync(target, parameters, cancellationToken).ConfigureAwait(false);
        return await ReadOrThrowAsync<StormpathCollectionPage<T>>(response, Operation(HttpMethod.Get, target), cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> GetCoreAsync(Uri target, Dictionary<string, string> query, CancellationToken cancellationToken) =>
        SendAsync(api => api.GetAsync(StormpathHref.Path(target), query, cancellationToken), HttpMethod.Get, Operation(HttpMethod.Get, target), cancellationToken);

    private async Task<TResult> PostAsync<TResult>(Uri target, Func<IStormpathApi, string, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
        where TResult : class
    {
        var operation = Operation(HttpMethod.Post, target);
        using var response = await SendAsync(api => call(api, StormpathHref.Path(target)), HttpMethod.Post, operation, cancellationToken).ConfigureAwait(false);
        return await ReadOrThrowAsync<TResult>(response, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one logical call (its retries included) inside an activity, so the HTTP activities are its children, and turns every way it can fail without a
    /// response into a <see cref="StormpathException"/> carrying the cause. Cancellation by the caller stays an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<IStormpathApi, Task<HttpResponseMessage>> call, HttpMethod method, string operation, CancellationToken cancellationToken)
    {
        using var activity = StormpathClientTelemetry.ActivitySource.StartActivity("Stormpath " + method.Method, ActivityKind.Client);
        activity?.SetTag(StormpathClientTelemetry.MethodTag, method.Method);
        try
        {
            var response = await call(_api).ConfigureAwait(false);
            activity?.SetTag(StormpathClientTelemetry.StatusCodeTag, (int)response.StatusCode);
            if ((int)response.StatusCode >= 500)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            return response;
        }
        catch (ApiRequestException e) when (e.InnerException is OperationCanceledException canceled && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(canceled.Message, canceled, cancellationToken);
        }
        catch (Exception e) when (TryMapTransportFailure(e, operation, cancellationToken) is { } mapped)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            activity?.SetTag(StormpathClientTelemetry.ErrorTypeTag, e.GetType().FullName);
            throw mapped;
        }
    }

    private StormpathException? TryMapTransportFailure(Exception e, string operation, CancellationToken cancellationToken) => e switch
    {
        // Refit wraps what the pipeline threw; the cause is what matters. A StormpathException from a handler (a
        // refused redirect) surfaces as itself.
        ApiRequestException { InnerException: StormpathException inner } => inner,
        ApiRequestException { InnerException: { } inner } => TryMapTransportFailure(inner, operation, cancellationToken),
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        StormpathException => null,
        TimeoutRejectedException timeout => new StormpathException(StormpathClientMessages.Timeout(operation, timeout.Timeout), null, e),
        BrokenCircuitException => new StormpathException(StormpathClientMessages.CircuitOpen(operation), null, e),
        HttpIOException { HttpRequestError: HttpRequestError.ResponseEnded } => new StormpathException(StormpathClientMessages.TruncatedBody(operation), null, e),
        IOException => new StormpathException(StormpathClientMessages.Transport(operation), null, e),
        HttpRequestException => new StormpathException(StormpathClientMessages.Transport(operation), null, e),
        OperationCanceledException => new StormpathException(StormpathClientMessages.Timeout(operation, _options.TotalTimeout), null, e),
        _ => null,
    };

    private async Task<T> ReadOrThrowAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
        where T : class
    {
        await ThrowIfErrorAsync(response, operation, cancellationToken).ConfigureAwait(false);
        return await StormpathResponseReader.ReadAsync<T>(response, operation, cancellationToken).ConfigureAwait(false);
    }

    private async Task ThrowIfErrorAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var exception = await StormpathResponseReader.ReadErrorAsync(response, operation, cancellationToken).ConfigureAwait(false);
        StormpathClientLog.ErrorResponse(_logger, operation, (int)response.StatusCode, exception.Code, exception.DeveloperMessage, exception.RequestId ?? StormpathResponseReader.RequestId(response));
        throw exception;
    }
}
