using System.Globalization;

namespace Stormpath.Benchmarks;

/// <summary>What build/bench.sh passes: how long each measurement runs and with how many parallel loops.</summary>
internal sealed record BenchSettings(TimeSpan Duration, int Rounds, int Workers, int WorkFactor, IReadOnlySet<string> Suites)
{
    public static BenchSettings Parse(string[] args)
    {
        var duration = TimeSpan.FromSeconds(5);
        var workers = Environment.ProcessorCount;
        var workFactor = 10;
        var rounds = 3;
        var suites = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds":
                    duration = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--workers":
                    workers = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--work-factor":
                    workFactor = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    suites.Add(args[i]);
                    break;
            }
        }

        return new BenchSettings(duration, rounds, workers, workFactor, suites);
    }

    public bool Includes(string suite) => Suites.Count == 0 || Suites.Contains(suite);
}
