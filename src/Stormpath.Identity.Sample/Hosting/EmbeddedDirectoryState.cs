using System.Text.Json;
using System.Text.Json.Serialization;
using Stormpath.Server;

namespace Stormpath.Identity.Sample.Hosting;

/// <summary>
/// What the embedded directory provisioned, kept in <c>stormpath.json</c> in the data folder so later starts listen on
/// the same port, and so a person can point other tools (Stormpath SDKs, the command line) at the same directory.
/// </summary>
internal sealed record EmbeddedDirectoryState(
    Uri BaseUrl,
    Uri TenantHref,
    Uri ApplicationHref,
    Uri DirectoryHref,
    string ApiKeyId,
    string ApiKeySecret)
{
    public const string FileName = "stormpath.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [JsonIgnore]
    public int Port => BaseUrl.Port;

    public static EmbeddedDirectoryState From(Uri baseUrl, StormpathProvisioning provisioning) =>
        new(baseUrl, provisioning.TenantHref, provisioning.ApplicationHref, provisioning.DirectoryHref, provisioning.ApiKeyId, provisioning.ApiKeySecret);

    public static async Task<EmbeddedDirectoryState?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<EmbeddedDirectoryState>(stream, Json, cancellationToken)
            ?? throw new InvalidOperationException($"{path} is empty. Delete it to provision the embedded directory again.");
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        // The file holds an API key secret of the tenant: readable and writable by its owner only (0600).
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        {
            await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only when the file is created; tighten a file left by an earlier version too.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
