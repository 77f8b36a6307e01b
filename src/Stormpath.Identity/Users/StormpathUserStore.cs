using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stormpath.Client;

namespace Stormpath.Identity;

/// <summary>
/// The user store: Stormpath accounts written through, the Identity tables of the mirror read locally. Everything
/// Identity keeps purely locally (logins, tokens, lockout, two-factor, authenticator keys, recovery codes, passkeys,
/// queries) is the EF Core store's own behaviour on the mirror.
/// </summary>
/// <remarks>
/// A write that reaches Stormpath is journalled first (<see cref="StormpathPendingChange"/>): the journal row is
/// committed before the remote call and removed in the same transaction as the local change, so a failure between the
/// two leaves a row that <see cref="IStormpathSynchronizer.ReconcilePendingChangesAsync"/> completes by refreshing the
/// mirror from Stormpath, the source of truth.
/// </remarks>
internal sealed partial class StormpathUserStore
    : UserStore<StormpathUser, StormpathRole, DbContext, string, IdentityUserClaim<string>, IdentityUserRole<string>,
        IdentityUserLogin<string>, IdentityUserToken<string>, IdentityRoleClaim<string>, IdentityUserPasskey<string>>
{
    /// <summary>The expansion that reads an account with everything the mirror keeps, in one request.</summary>
    internal static readonly string[] FullAccountExpansion = ["customData", "groups(offset:0,limit:100)"];

    private readonly IStormpathClient _client;
    private readonly StormpathApplicationResources _application;
    private readonly StormpathPendingChangeJournal _journal;
    private readonly StormpathErrorDescriber _stormpathErrors;
    private readonly ILookupNormalizer _normalizer;
    private readonly IOptions<StormpathOptions> _options;
    private readonly IOptions<IdentityOptions> _identityOptions;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public StormpathUserStore(
        DbContext context,
        IStormpathClient client,
        StormpathApplicationResources application,
        StormpathPendingChangeJournal journal,
        ILookupNormalizer normalizer,
        IOptions<StormpathOptions> options,
        IOptions<IdentityOptions> identityOptions,
        TimeProvider timeProvider,
        ILogger<StormpathUserStore> logger,
        StormpathErrorDescriber stormpathErrors,
        IdentityErrorDescriber? describer = null)
        : base(context, describer)
    {
        _client = client;
        _application = application;
        _journal = journal;
        _normalizer = normalizer;
        _options = options;
        _identityOptions = identityOptions;
        _timeProvider = timeProvider;
        _logger = logger;
        _stormpathErrors = stormpathErrors;
        AutoSaveChanges = true;
    }

    private DbSet<IdentityUserClaim<string>> ClaimRows => Context.Set<IdentityUserClaim<string>>();

    private DbSet<IdentityUserRole<string>> RoleRows => Context.Set<IdentityUserRole<string>>();

    internal static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));

    /// <summary>A password nobody knows, for accounts whose user has none: Stormpath has no account without one.</summary>
    internal static string NewUnusablePassword()
    {
        // Upper, lower, digit and symbol, so any reasonable strength policy accepts it.
        return "Aa1!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    }

    private static Uri Href(string href) => new(href, UriKind.Absolute);

    private Uri AccountHrefOf(StormpathUser user)
        => user.AccountHref is { } href ? Href(href) : throw new InvalidOperationException(StormpathMessages.Format(StormpathMessages.UserNotInStormpath, user.Id));


    /// <summary>The duplicate a 409 means: the email when an account with it exists, else the user name.</summary>
    private async Task<IdentityError> DescribeDuplicateAsync(StormpathUser user, CancellationToken cancellationToken)
    {
        if (user.Email is { Length: > 0 } email && await FindRemoteAccountAsync("email", email, cancellationToken).ConfigureAwait(false) is not null)
        {
            return ErrorDescriber.DuplicateEmail(email);
        }

        return ErrorDescriber.DuplicateUserName(user.UserName ?? string.Empty);
    }

    /// <summary>Saves local changes only, with the EF store's optimistic concurrency.</summary>
    internal async Task<IdentityResult> SaveMirrorAsync(StormpathUser user, CancellationToken cancellationToken)
    {
        if (Context.Entry(user).State != EntityState.Added)
        {
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
        }

        try
        {
            await Context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IdentityResult.Failed(ErrorDescriber.ConcurrencyFailure());
        }

        return IdentityResult.Success;
    }
}
