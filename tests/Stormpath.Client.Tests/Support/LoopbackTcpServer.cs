using System.Net;
using System.Net.Sockets;

namespace Stormpath.Client.Tests.Support;

/// <summary>Accepts TCP connections on a loopback port and hands each to <see cref="ServeAsync"/> until disposed.</summary>
public abstract class LoopbackTcpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;
    private int _connections;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    protected CancellationToken Stopping => _stop.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await (_loop ?? Task.CompletedTask);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts listening; call at the end of the derived constructor.</summary>
    protected void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Serves one connection.</summary>
    /// <param name="client">The accepted connection; the implementation disposes it.</param>
    /// <param name="index">The 0-based index of the connection.</param>
    protected abstract Task ServeAsync(TcpClient client, int index);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var index = Interlocked.Increment(ref _connections) - 1;
            _ = Task.Run(() => ServeAsync(client, index));
        }
    }
}
