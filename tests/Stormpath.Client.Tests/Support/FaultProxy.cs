using System.Net.Sockets;

namespace Stormpath.Client.Tests.Support;

/// <summary>What <see cref="FaultProxy"/> does to one connection.</summary>
public abstract record ProxyFault
{
    /// <summary>Forwards both ways untouched.</summary>
    public static ProxyFault None { get; } = new PassThrough();

    /// <summary>Holds the response back this long before forwarding it.</summary>
    public static ProxyFault Latency(TimeSpan delay) => new Delay(delay);

    /// <summary>Forwards the request, so the server acts on it, then resets the connection instead of answering.</summary>
    public static ProxyFault DropResponse { get; } = new Drop();

    /// <summary>Forwards only the first bytes of the response, then closes the connection.</summary>
    public static ProxyFault CutResponseAfter(int bytes) => new Cut(bytes);

    public sealed record PassThrough : ProxyFault;

    public sealed record Delay(TimeSpan Duration) : ProxyFault;

    public sealed record Drop : ProxyFault;

    public sealed record Cut(int Bytes) : ProxyFault;
}

/// <summary>
/// A loopback TCP proxy in front of a real server that can add latency, drop a connection after the request went
/// through, or cut a response short: the faults a network produces, without touching client or server code.
/// </summary>
public sealed class FaultProxy : LoopbackTcpServer
{
    private readonly Uri _upstream;
    private readonly Func<int, ProxyFault> _faultForConnection;

    /// <param name="upstream">The server's origin.</param>
    /// <param name="faultForConnection">The fault for the n-th connection (0-based).</param>
    public FaultProxy(Uri upstream, Func<int, ProxyFault> faultForConnection)
    {
        _upstream = upstream;
        _faultForConnection = faultForConnection;
        Start();
    }

    /// <summary>Rewrites a URL of the upstream server to go through the proxy.</summary>
    public Uri Through(Uri url) => new UriBuilder(url) { Host = "127.0.0.1", Port = Port }.Uri;

    protected override async Task ServeAsync(TcpClient client, int index)
    {
        var fault = _faultForConnection(index);
        using var upstream = new TcpClient();
        using (client)
        {
            try
            {
                await upstream.ConnectAsync(_upstream.Host, _upstream.Port, Stopping);
                var toServer = client.GetStream().CopyToAsync(upstream.GetStream(), Stopping);
                var toClient = RelayResponseAsync(upstream.GetStream(), client, fault);
                await Task.WhenAny(toServer, toClient);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task RelayResponseAsync(NetworkStream from, TcpClient client, ProxyFault fault)
    {
        var to = client.GetStream();
        var buffer = new byte[16 * 1024];
        var forwarded = 0;
        var first = true;
        while (true)
        {
            var read = await from.ReadAsync(buffer, Stopping);
            if (read == 0)
            {
                return;
            }

            switch (fault)
            {
                case ProxyFault.Drop:
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Close();
                    return;
                case ProxyFault.Delay delay when first:
                    await Task.Delay(delay.Duration, Stopping);
                    break;
                case ProxyFault.Cut cut:
                    var allowed = Math.Min(read, cut.Bytes - forwarded);
                    await to.WriteAsync(buffer.AsMemory(0, allowed), Stopping);
                    forwarded += allowed;
                    if (forwarded >= cut.Bytes)
                    {
                        await to.FlushAsync(Stopping);
                        client.Close();
                        return;
                    }

                    continue;
            }

            first = false;
            await to.WriteAsync(buffer.AsMemory(0, read), Stopping);
        }
    }
}
