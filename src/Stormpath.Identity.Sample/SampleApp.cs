using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Stormpath.Client;
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

    private const string CookieOrBearerScheme = "Identity.CookieOrBearer";

    /// <summary>Runs the app until it is stopped, or runs a command (<c>make-admin EMAIL</c>).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the app until it is stopped, or runs a command (<c>make-admin EMAIL</c>).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the start banner and a command's report go.</param>
    /// <param name="error">Where a command's errors go.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is [MakeAdminCommand.Name, .. var commandArgs])
        {
            return await MakeAdminCommand.RunAsync(commandArgs, output, error);
        }

        await using var host = await BuildAsync(args);
        await host.StartAsync();
        WriteBanner(host, output);
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
    public static Task<SampleHost> BuildAsync(string[] args, CancellationToken cancellationToken = default) =>
        BuildAsync(args, shareRunningDirectory: false, cancellationToken);

    /// <summary>Builds the app; with <paramref name="shareRunningDirectory"/>, uses the embedded directory of a sample
    /// already running on the same data folder rather than starting a second one on its port.</summary>
    internal static async Task<SampleHost> BuildAsync(string[] args, bool shareRunningDirectory, CancellationToken cancellationToken)
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

        EmbeddedDirectory? embedded = null;
        if (options.Directory.Mode == SampleDirectoryMode.Embedded)
        {
            embedded = await EmbeddedDirectory.StartAsync(dataDirectory, new Uri(baseUrl, "Account/EmailLink"), shareRunningDirectory, cancellationToken);

            // Added last, so the embedded directory wins over any Stormpath settings left in the environment.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Stormpath:ApplicationHref"] = embedded.State.ApplicationHref.AbsoluteUri,
                ["Stormpath:Client:BaseUrl"] = embedded.BaseUrl.AbsoluteUri,
                ["Stormpath:Client:ApiKeyId"] = embedded.State.ApiKeyId,
                ["Stormpath:Client:ApiKeySecret"] = embedded.State.ApiKeySecret,
            });
        }

        try
        {
            var app = Build(builder, options, dataDirectory);
            await MirrorDatabase.MigrateAsync(app.Services, cancellationToken);
            if (embedded is not null)
            {
                await VerificationEmailPolicy.EnableAsync(app.Services.GetRequiredService<IStormpathClient>(), embedded.State.DirectoryHref, cancellationToken);
            }

            return new SampleHost(app, baseUrl, dataDirectory, MirrorDatabase.Describe(options.Mirror, dataDirectory), embedded);
        }
        catch
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }

            throw;
        }
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
        if (host.EmbeddedDirectory is { } embedded)
        {
            output.WriteLine($"  Directory:    embedded Stormpath.Server at {embedded.BaseUrl} (SQLite in the data folder; API key in {embedded.StateFile})");
            output.WriteLine($"  Emails:       {embedded.PickupDirectory} (one .eml file per message; open the link inside)");
        }
        else
        {
            output.WriteLine("  Directory:    external, as the Stormpath configuration section names it");
        }

        output.WriteLine($"  Mirror:       {host.Mirror}");

        output.WriteLine("  First administrator: register and confirm an account, then run");
        output.WriteLine($"      {MakeAdminCommandLine} you@example.test");
        output.WriteLine("  Stop with Ctrl+C.");
        output.WriteLine();
    }

    private static WebApplication Build(WebApplicationBuilder builder, SampleOptions options, string dataDirectory)
    {
        // Cookies and tokens stay valid across restarts of the app.
        builder.Services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")))
            .SetApplicationName("Stormpath.Identity.Sample");

        builder.Services.AddDbContext<StormpathIdentityDbContext>(db => MirrorDatabase.Configure(db, options.Mirror, dataDirectory));
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
            .AddDefaultTokenProviders()
            .AddApiEndpoints()

            // Last: AddApiEndpoints registers Identity's own sign-in manager, which the Stormpath one must replace.
            .AddStormpathStores();
        // Pages sign in with Identity's cookie; the JSON API (MapIdentityApi) hands out bearer tokens. A request that
        // carries a bearer token is authenticated by it, any other by the cookie, as AddIdentityApiEndpoints would.
        builder.Services
            .AddAuthentication(authentication =>
            {
                authentication.DefaultAuthenticateScheme = CookieOrBearerScheme;
                authentication.DefaultChallengeScheme = CookieOrBearerScheme;
                authentication.DefaultForbidScheme = CookieOrBearerScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddPolicyScheme(CookieOrBearerScheme, displayName: null, scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
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
        return app;
    }
}
