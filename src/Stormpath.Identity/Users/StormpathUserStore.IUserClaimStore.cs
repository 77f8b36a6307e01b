using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Stormpath.Identity;

internal sealed partial class StormpathUserStore
{
    private static bool IsFlag(Claim claim) => claim.Type is StormpathClaimTypes.IsStaff or StormpathClaimTypes.IsSuperuser;

    private static void SetFlag(StormpathUser user, string type, bool value)
    {
        if (type == StormpathClaimTypes.IsStaff)
        {
            user.IsStaff = value;
        }
        else
        {
            user.IsSuperuser = value;
        }
    }

    private static bool ParseFlag(Claim claim) => bool.TryParse(claim.Value, out var value) && value;

    /// <summary>Gets the user's claims, with the custom data flags as <see cref="StormpathClaimTypes"/> claims.</summary>
    /// <param name="user">The user whose claims should be retrieved.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>A <see cref="Task{TResult}"/> that contains the claims granted to a user.</returns>
    public override async Task<IList<Claim>> GetClaimsAsync(StormpathUser user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);

        var claims = await base.GetClaimsAsync(user, cancellationToken).ConfigureAwait(false);
        if (user.IsStaff)
        {
            claims.Add(new Claim(StormpathClaimTypes.IsStaff, bool.TrueString.ToLowerInvariant(), ClaimValueTypes.Boolean));
        }

        if (user.IsSuperuser)
        {
            claims.Add(new Claim(StormpathClaimTypes.IsSuperuser, bool.TrueString.ToLowerInvariant(), ClaimValueTypes.Boolean));
        }

        return claims;
    }

    /// <summary>Adds claims to a user; they reach the account's custom data when the user is updated.</summary>
    /// <param name="user">The user to add the claim to.</param>
    /// <param name="claims">The claim to add to the user.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation.</returns>
    public override Task AddClaimsAsync(StormpathUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(claims);

        var list = claims.ToList();
        foreach (var flag in list.Where(IsFlag))
        {
            SetFlag(user, flag.Type, ParseFlag(flag));
        }

        return base.AddClaimsAsync(user, list.Where(c => !IsFlag(c)), cancellationToken);
    }

    /// <summary>Replaces a claim of a user; it reaches the account's custom data when the user is updated.</summary>
    /// <param name="user">The user to replace the claim on.</param>
    /// <param name="claim">The claim replace.</param>
    /// <param name="newClaim">The new claim replacing the <paramref name="claim"/>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation.</returns>
    public override async Task ReplaceClaimAsync(StormpathUser user, Claim claim, Claim newClaim, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(newClaim);

        if (!IsFlag(claim) && !IsFlag(newClaim))
        {
            await base.ReplaceClaimAsync(user, claim, newClaim, cancellationToken).ConfigureAwait(false);
            return;
        }

        await RemoveClaimsAsync(user, [claim], cancellationToken).ConfigureAwait(false);
        await AddClaimsAsync(user, [newClaim], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes claims from a user; the change reaches the account's custom data when the user is updated.</summary>
    /// <param name="user">The user to remove the claims from.</param>
    /// <param name="claims">The claim to remove.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> that represents the asynchronous operation.</returns>
    public override Task RemoveClaimsAsync(StormpathUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(claims);

        var list = claims.ToList();
        foreach (var flag in list.Where(IsFlag))
        {
            SetFlag(user, flag.Type, false);
        }

        return base.RemoveClaimsAsync(user, list.Where(c => !IsFlag(c)), cancellationToken);
    }

    /// <summary>Retrieves all users with the specified claim, the custom data flags included.</summary>
    /// <param name="claim">The claim whose users should be retrieved.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The <see cref="Task"/> contains a list of users, if any, that contain the specified claim.</returns>
    public override async Task<IList<StormpathUser>> GetUsersForClaimAsync(Claim claim, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(claim);

        if (!IsFlag(claim))
        {
            return await base.GetUsersForClaimAsync(claim, cancellationToken).ConfigureAwait(false);
        }

        if (!ParseFlag(claim))
        {
            return [];
        }

        var query = claim.Type == StormpathClaimTypes.IsStaff ? Users.Where(u => u.IsStaff) : Users.Where(u => u.IsSuperuser);
        return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

}
