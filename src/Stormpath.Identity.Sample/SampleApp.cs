using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Stormpath.Identity.Sample.Commands;
using Stormpath.Identity.Sample.Configuration;
using Stormpath.Identity.Sample.Hosting;
using Stormpath.Identity.Sample.Mirror;

namespace Stormpath.Identity.Sample;

/// <summary>
/// Builds and runs the sample: Razor Pages on ASP.NET Core Identity with the Stormpath stores, the JSON Identity
/// API under <c>/api/identity</c>, and by default an embedded Stormpath.Server on SQLite in the data folder.
/// </summary>
public static class SampleApp
{
    /// <summary>The command line that grants the administrators role, as the README and the start banner show it.</summary>
    public const string MakeAdminCommandLine = "dotnet run --project src/Stormpath.Identity.Sample -- make-admin";

    /// <summary>Runs the app until it is stopped, or runs a command (<c>make-admin EMAIL</c>).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is [MakeAdminCommand.Name, ..])
        {
            return await MakeAdminCommand.RunAsync(args[1..], Console.Out, Console.Error);
        }

        await using var host = await BuildAsync(args);
        await host.StartAsync();
        WriteBanner(host, Console.Out);
        await host.App.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>
    /// Builds the app: starts and provisions the embedded directory when it is used, and brings the mirror's schema
    /// up to date. Call <see cref="SampleHost.StartAsync"/> to listen.
    /// </summary>
    /// <param name="args">The command line, e.g. <c>--urls http://127.0.0.1:0 --Sample:DataDirectory /tmp/x</c>.</param>
    /// <param name="cancellationToken">The <see cref="CancellationToken"/> used to propagate notifications that the operation should be canceled.</param>
    /// <returns>The built app.</returns>
    public static async Task<SampleHost> BuildAsync(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // The pages are compiled into this assembly and the styles are copied next to it, so the app finds both
            // whether `dotnet run` starts it or a test calls this method from its own process.
            ApplicationName = typeof(SampleApp).Assembly.GetName().Name,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });

        var options = builder.Configuration.GetSection(SampleOptions.SectionName).Get<SampleOptions>() ?? new SampleOptions();
        var dataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);

        var (listen, baseUrl) = ListenAddress.Resolve(builder.Configuration[WebHostDefaults.ServerUrlsKey]);
        builder.WebHost.UseUrls(listen);

        // Cookies and tokens stay valid across restarts of the app.
        builder.Services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")))
            .SetApplicationName("Stormpath.Identity.Sample");

        builder.Services.AddDbContext<TemporaryLocalMirror>(db => db.UseSqlite(SqliteConnectionString(options, dataDirectory)));
        builder.Services
            .AddIdentity<StormpathUser, StormpathRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = true;

                // The same rules as the directory's default password policy (stormpath-api.md §3.10), checked here
                // first so a person sees every problem at once.
                identity.Password.RequiredLength = 8;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<TemporaryLocalMirror>()
            .AddDefaultTokenProviders()
            .AddApiEndpoints();
        builder.Services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/SignIn";
            cookie.LogoutPath = "/Account/SignOut";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
        });
        builder.Services.AddRazorPages();

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapGroup("/api/identity").MapIdentityApi<StormpathUser>();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TemporaryLocalMirror>().Database.EnsureCreatedAsync(cancellationToken);
        }

        return new SampleHost(app, baseUrl, dataDirectory, pickupDirectory: null, directory: null);
    }

    /// <summary>Tells a person where things are: the URL, the data folder, where emails land and how to make an administrator.</summary>
    /// <param name="host">The started app.</param>
    /// <param name="output">Where to write.</param>
    public static void WriteBanner(SampleHost host, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine("Stormpath.Identity sample is running.");
        output.WriteLine($"  Open:         {host.BaseUrl}");
        output.WriteLine($"  Data folder:  {host.DataDirectory}");
        if (host.PickupDirectory is { } pickup)
        {
            output.WriteLine($"  Emails:       {pickup} (one .eml file per message; open the link inside)");
        }

        output.WriteLine("  First administrator: register and confirm an account, then run");
        output.WriteLine($"      {MakeAdminCommandLine} you@example.test");
        output.WriteLine("  Stop with Ctrl+C.");
        output.WriteLine();
    }

    private static string SqliteConnectionString(SampleOptions options, string dataDirectory) =>
        options.Mirror.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "mirror.db")}";
}
