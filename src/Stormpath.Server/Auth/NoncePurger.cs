using Microsoft.EntityFrameworkCore;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Auth;

/// <summary>Deletes nonces that have left the skew window, every few minutes (any instance may do it).</summary>
internal sealed class NoncePurger(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<NoncePurger> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PurgeAsync(stoppingToken);
                await Task.Delay(Interval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Purging expired SAuthc1 nonces failed; retrying later");
                await Task.Delay(Interval, timeProvider, stoppingToken);
            }
        }
    }

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StormpathServerDbContext>();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return await db.Nonces.Where(n => n.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
