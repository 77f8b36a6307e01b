using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Stormpath.Identity;

/// <summary>
/// Completes the journalled writes that broke between Stormpath and the mirror: once when the application starts, then
/// every <see cref="StormpathOptions.ReconcileInterval"/>.
/// </summary>
/// <remarks>
/// A failed round (the directory unreachable, the mirror locked) is logged and tried again at the next interval; the
/// pending rows stay until a round completes them, so nothing is lost by waiting.
/// </remarks>
internal sealed partial class StormpathReconciliationService(
    IServiceScopeFactory scopes,
    IOptions<StormpathOptions> options,
    TimeProvider timeProvider,
    ILogger<StormpathReconciliationService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReconcileInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, timeProvider);
        do
        {
            await ReconcileOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task ReconcileOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var completed = await scope.ServiceProvider.GetRequiredService<IStormpathSynchronizer>()
                    .ReconcilePendingChangesAsync(cancellationToken).ConfigureAwait(false);
                if (completed > 0)
                {
                    LogCompleted(completed);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One failed round must not stop the service: the next round retries the same rows.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(exception);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Reconciliation completed {Count} pending change(s) between Stormpath and the mirror.")]
    private partial void LogCompleted(int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Reconciliation with Stormpath failed; the pending changes stay and are tried again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
