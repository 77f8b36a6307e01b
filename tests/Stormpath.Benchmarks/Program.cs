using Stormpath.Benchmarks;

// build/bench.sh runs this in Release. Every figure is a ratio against a baseline measured in the same run,
// because absolute numbers on a shared machine say little.
var settings = BenchSettings.Parse(args);
Console.WriteLine($"Stormpath benchmarks: {settings.Duration.TotalSeconds:F0} s per measurement, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

if (settings.Includes("server"))
{
    await ServerBenchmarks.RunAsync(settings);
}

if (settings.Includes("client"))
{
    await ClientBenchmarks.RunAsync(settings);
}
