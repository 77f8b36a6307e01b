using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Stormpath.Client.Tests.Support;

/// <summary>A scripted answer of <see cref="CannedHttpServer"/>.</summary>
public sealed record CannedResponse(int Status, string? Body = null)
{
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets how many body bytes to send before closing the connection; <see langword="null"/> sends all.</summary>
    public int? CutAfterBytes { get; init; }

    public TimeSpan Delay { get; init; }
}

/// <summary>
/// A tiny HTTP/1.1 server on a loopback port that answers with scripted bytes: a "future server" for the statuses,
/// fields and faults our Stormpath.Server never produces (unknown enum values, 429 with Retry-After, redirects,
/// bodies that are not JSON). It is not a mock of the directory: it knows nothing of resources.
/// </summary>
public sealed class CannedHttpServer : LoopbackTcpServer
{
    private readonly Func<CannedRequest, CannedResponse> _respond;
    private readonly ConcurrentQueue<CannedRequest> _requests = new();

    public CannedHttpServer(Func<CannedRequest, CannedResponse> respond)
    {
        _respond = respond;
        Start();
    }

    public static CannedHttpServer Sequence(params CannedResponse[] responses)
    {
        var index = -1;
        return new CannedHttpServer(_ => responses[Math.Min(Interlocked.Increment(ref index), responses.Length - 1)]);
    }

    public Uri Origin => new($"http://127.0.0.1:{Port}");

    public Uri BaseUrl => new(Origin, "/v1/");

    public IReadOnlyList<CannedRequest> Requests => [.. _requests];

    protected override async Task ServeAsync(TcpClient socket, int index)
    {
        using (socket)
        {
            try
            {
                var stream = socket.GetStream();
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                var response = _respond(request);
                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay, Stopping);
                }

                var body = Encoding.UTF8.GetBytes(response.Body ?? string.Empty);
                var head = new StringBuilder();
                head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} Canned\r\n");
                if (response.Body is not null && !response.Headers.ContainsKey("Content-Type"))
                {
                    head.Append("Content-Type: application/json;charset=UTF-8\r\n");
                }

                foreach (var (name, value) in response.Headers)
                {
                    head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
                }

                head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), Stopping);
                await stream.WriteAsync(body.AsMemory(0, Math.Min(body.Length, response.CutAfterBytes ?? body.Length)), Stopping);
                await stream.FlushAsync(Stopping);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private static async Task<CannedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        var body = Array.Empty<byte>();
        if (headers.TryGetValue("Content-Length", out var length) && int.Parse(length, CultureInfo.InvariantCulture) is > 0 and var n)
        {
            body = new byte[n];
            await stream.ReadExactlyAsync(body);
        }

        return new CannedRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';
}

/// <summary>A request as <see cref="CannedHttpServer"/> received it.</summary>
public sealed record CannedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body);
