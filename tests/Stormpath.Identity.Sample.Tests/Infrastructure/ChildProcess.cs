using System.Collections.Concurrent;
using System.Diagnostics;

namespace Stormpath.Identity.Sample.Tests.Infrastructure;

/// <summary>A command started the way a person starts it in a shell, with its output kept for assertions and failure messages.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string workingDirectory, string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a command to its end and fails the test, with the command's output, when it does not succeed.</summary>
    public static async Task RunAsync(string workingDirectory, TimeSpan timeout, string fileName, params string[] arguments)
    {
        await using var child = Start(workingDirectory, fileName, arguments);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await child._process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"`{fileName} {string.Join(' ', arguments)}` did not finish in {timeout}:{Environment.NewLine}{child.Output}");
        }

        Assert.That(child._process.ExitCode, Is.Zero, $"`{fileName} {string.Join(' ', arguments)}` failed:{Environment.NewLine}{child.Output}");
    }

    /// <summary>Waits for an output line that starts with <paramref name="prefix"/> (after trimming) and returns the rest of it.</summary>
    public async Task<string> WaitForLineAsync(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = _output.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null)
            {
                return line[prefix.Length..].Trim();
            }

            if (_process.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"No line starting with '{prefix}' within {timeout}{(_process.HasExited ? $"; the process exited with {_process.ExitCode}" : "")}:{Environment.NewLine}{Output}");
        return "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
