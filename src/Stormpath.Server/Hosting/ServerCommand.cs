using System.Text;

namespace Stormpath.Server.Hosting;

/// <summary>
/// The command line: <c>init [--output PATH]</c> provisions and writes <c>apiKey.properties</c> (mode 0600);
/// no command serves until Ctrl+C. Configuration: <c>appsettings.json</c>, environment
/// (<c>StormpathServer__*</c>), then command-line <c>--StormpathServer:Key=value</c>.
/// </summary>
internal static class ServerCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var init = args.Length > 0 && args[0] == "init";
        var rest = init ? args[1..] : args;
        string? output = null;
        var configurationArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--output" && i + 1 < rest.Length)
            {
                output = rest[++i];
            }
            else
            {
                configurationArgs.Add(rest[i]);
            }
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configurationArgs])
            .Build();
        var options = configuration.GetSection(StormpathServerOptions.SectionName).Get<StormpathServerOptions>() ?? new StormpathServerOptions();

        using var shutdown = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            shutdown.Cancel();
        };

        try
        {
            await using var host = await StormpathServerHost.CreateAsync(options, TimeProvider.System, builder => builder.Configuration.AddConfiguration(configuration), listen: !init, shutdown.Token);
            if (init)
            {
                var provisioning = await host.ProvisionAsync(shutdown.Token);
                var path = WriteApiKeyFile(output ?? Path.Combine(Directory.GetCurrentDirectory(), "apiKey.properties"), provisioning);
                Console.WriteLine($"Tenant:      {provisioning.TenantHref}");
                Console.WriteLine($"Application: {provisioning.ApplicationHref}");
                Console.WriteLine($"Directory:   {provisioning.DirectoryHref}");
                Console.WriteLine($"API key:     {provisioning.ApiKeyId} (secret in {path})");
                return 0;
            }

            Console.WriteLine($"Stormpath.Server is serving {host.BaseUrl}");
            await host.WaitForShutdownAsync(shutdown.Token);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>Writes the key file readable only by its owner; an identical existing file is left untouched.</summary>
    internal static string WriteApiKeyFile(string path, StormpathProvisioning provisioning)
    {
        var content = $"apiKey.id = {provisioning.ApiKeyId}\napiKey.secret = {provisioning.ApiKeySecret}\n";
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && File.ReadAllText(full, Encoding.UTF8) == content)
        {
            return full;
        }

        var temporary = full + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, fileOptions))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(content);
        }

        File.Move(temporary, full, overwrite: true);
        return full;
    }
}
