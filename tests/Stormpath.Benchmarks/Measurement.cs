using System.Diagnostics;

namespace Stormpath.Benchmarks;

/// <summary>The throughput of one operation, measured for a fixed time after a warm-up.</summary>
internal sealed record Measurement(string Name, long Operations, TimeSpan Elapsed, long AllocatedBytes)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public double BytesPerOperation => Operations == 0 ? 0 : (double)AllocatedBytes / Operations;

    /// <summary>
    /// Measures several operations in interleaved rounds (A B C A B C …), so that a change in the machine's load
    /// during the run falls on all of them alike and their ratios stay meaningful.
    /// </summary>
    public static async Task<IReadOnlyList<Measurement>> InterleavedAsync(
        BenchSettings settings, params (string Name, Func<CancellationToken, Task> Operation, int Workers)[] operations)
    {
        foreach (var (_, operation, _) in operations)
        {
            for (var i = 0; i < 3; i++)
            {
                await operation(CancellationToken.None);
            }
        }

        var totals = operations.Select(o => new Measurement(o.Name, 0, TimeSpan.Zero, 0)).ToArray();
        var slice = settings.Duration / settings.Rounds;
        for (var round = 0; round < settings.Rounds; round++)
        {
            for (var i = 0; i < operations.Length; i++)
            {
                var one = await RunAsync(operations[i].Name, operations[i].Operation, slice, operations[i].Workers);
                totals[i] = totals[i] with
                {
                    Operations = totals[i].Operations + one.Operations,
                    Elapsed = totals[i].Elapsed + one.Elapsed,
                    AllocatedBytes = totals[i].AllocatedBytes + one.AllocatedBytes,
                };
            }
        }

        return totals;
    }

    private static async Task<Measurement> RunAsync(string name, Func<CancellationToken, Task> operation, TimeSpan duration, int workers)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long operations = 0;
        var stopwatch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, workers).Select(async _ =>
        {
            do
            {
                await operation(CancellationToken.None);
                Interlocked.Increment(ref operations);
            }
            while (stopwatch.Elapsed < duration);
        });
        await Task.WhenAll(loops);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Measurement(name, operations, stopwatch.Elapsed, allocated);
    }
}
