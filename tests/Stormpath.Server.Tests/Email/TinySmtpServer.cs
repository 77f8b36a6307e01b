using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Stormpath.Server.Tests.Email;

/// <summary>
/// Just enough SMTP (RFC 5321) on a loopback port to accept messages: EHLO, optional AUTH PLAIN, MAIL, RCPT,
/// DATA, RSET, NOOP, QUIT. No STARTTLS, which lets a test prove that the sender refuses to go unencrypted.
/// </summary>
internal sealed class TinySmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly bool _offerAuth;

    public TinySmtpServer(bool offerAuth = false)
    {
        _offerAuth = offerAuth;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Commands { get; } = [];

    public List<string> Data { get; } = [];

    public string? AuthenticatedAs { get; private set; }

    public string? AuthenticatedPassword { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await ServeAsync(client.GetStream(), _stop.Token);
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost TinySmtpServer ready");
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lock (Commands)
            {
                Commands.Add(line);
            }

            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync(_offerAuth ? "250-localhost\r\n250 AUTH PLAIN" : "250 localhost");
                    break;
                case "AUTH":
                    var initial = line.Split(' ');
                    var response = initial.Length > 2 ? initial[2] : null;
                    if (response is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        response = await reader.ReadLineAsync(cancellationToken);
                    }

                    var parts = Encoding.UTF8.GetString(Convert.FromBase64String(response!)).Split('\0');
                    AuthenticatedAs = parts[1];
                    AuthenticatedPassword = parts[2];
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(cancellationToken) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    lock (Data)
                    {
                        Data.Add(data.ToString());
                    }

                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                case "MAIL" or "RCPT" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 2.0.0 Ok");
                    break;
                default:
                    await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }
}
