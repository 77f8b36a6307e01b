using System.Globalization;

namespace Stormpath.Benchmarks;

/// <summary>Prints measurements and the ratios between them, the figures build/bench.sh is read for.</summary>
internal static class Report
{
    public static void Heading(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"== {title}");
    }

    public static void Line(Measurement measurement) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {measurement.Name,-58} {measurement.PerSecond,10:F1} /s  {measurement.BytesPerOperation,10:F0} B/op  ({measurement.Operations} ops)"));

    public static void Ratio(string name, double value, string meaning) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio {name,-52} {value,10:F3}   {meaning}"));

    public static void Figure(string name, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-58} {value,10:F2} {unit}"));
}
