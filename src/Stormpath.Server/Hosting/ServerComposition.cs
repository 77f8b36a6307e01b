using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Stormpath.Server.Accounts;
using Stormpath.Server.Applications;
using Stormpath.Server.Auth;
using Stormpath.Server.CustomData;
using Stormpath.Server.Directories;
using Stormpath.Server.Groups;
using Stormpath.Server.Login;
using Stormpath.Server.Policies;
using Stormpath.Server.Tenants;
using Stormpath.Server.Tokens;
using Stormpath.Server.Email;
using Stormpath.Server.Errors;
using Stormpath.Server.Passwords;
using Stormpath.Server.Resources;
using Stormpath.Server.Storage;

namespace Stormpath.Server.Hosting;

/// <summary>Registers the server's services and builds its request pipeline.</summary>
internal static class ServerComposition
{
    public static void AddServices(WebApplicationBuilder builder, StormpathServerOptions options, TimeProvider timeProvider)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            if (string.Equals(options.ListenAddress, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.ListenAddress), options.Port);
            }
        });

        // One line per request comes from WireConventionsMiddleware; framework and SQL chatter only when it matters.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(timeProvider);
        services.AddDbContext<StormpathServerDbContext>(b => DirectoryDatabase.Configure(b, options));
        services.AddDataProtection()
            .SetApplicationName("Stormpath.Server")
            .PersistKeysToFileSystem(new DirectoryInfo(options.DataProtectionKeysDirectory ?? DirectoryDatabase.DefaultKeysDirectory(options)));
        services.AddSingleton<ApiKeySecretProtector>();
        services.AddSingleton<ResourceLinks>();
        services.AddSingleton(Options.Create(new PasswordHashingOptions { WorkFactor = options.BcryptWorkFactor }));
        services.AddSingleton<IAccountPasswordHasher, BcryptPasswordHasher>();
        services.AddSingleton(Options.Create(new SAuthc1VerifierOptions { ClockSkew = options.SAuthc1ClockSkew }));
        services.AddSingleton<SAuthc1Verifier>();
        services.AddScoped<TenantApiKeySecrets>();
        services.AddScoped<INonceLedger, DatabaseNonceLedger>();
        services.AddSingleton<NoncePurger>();
        services.AddHostedService(sp => sp.GetRequiredService<NoncePurger>());
        services.AddSingleton(Options.Create(EmailOptionsFrom(options)));
        if (!string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
        }

        services.AddSingleton<IAccountMessages, AccountMessages>();
        services.AddScoped<CallerContext>();
        services.AddScoped<Representations>();
        services.AddScoped<Provisioner>();
        services.AddScoped<AccountWriter>();
        services.AddScoped<Login.LoginService>();
        services.AddScoped<Login.ApplicationAccountFinder>();
        services.AddScoped<Tokens.AccountTokens>();
    }

    public static void UsePipeline(WebApplication app)
    {
        app.UseMiddleware<WireConventionsMiddleware>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var error = http.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ErrorCatalog.NotFound(),
                StatusCodes.Status405MethodNotAllowed => ErrorCatalog.MethodNotAllowed(http.Request.Method),
                StatusCodes.Status413PayloadTooLarge => ErrorCatalog.PayloadTooLarge(0),
                StatusCodes.Status415UnsupportedMediaType => ErrorCatalog.UnsupportedMediaType(http.Request.ContentType),
                var status => new StormpathError(status, status, "The request could not be processed."),
            };
            await ErrorResult.WriteAsync(http, error);
        });
        app.UseMiddleware<MethodOverrideMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ApiAuthenticationMiddleware>();

        app.MapHealth();
        var v1 = app.MapGroup("/v1");
        v1.MapTenants();
        v1.MapApplications();
        v1.MapDirectories();
        v1.MapAccounts();
        v1.MapGroups();
        v1.MapAccountStoreMappings();
        v1.MapCustomData();
        v1.MapPolicies();
        v1.MapLoginAttempts();
        v1.MapAccountTokens();
    }

    private static EmailOptions EmailOptionsFrom(StormpathServerOptions options)
    {
        var email = new EmailOptions
        {
            FromAddress = options.EmailFromAddress,
            FromName = options.EmailFromName,
            PickupDirectory = options.EmailPickupDirectory,
        };
        email.Smtp.Host = options.SmtpHost;
        email.Smtp.Port = options.SmtpPort;
        email.Smtp.UserName = options.SmtpUserName;
        email.Smtp.Password = options.SmtpPassword;
        email.Smtp.TlsMode = Enum.Parse<SmtpTlsMode>(options.SmtpTlsMode, ignoreCase: true);
        return email;
    }
}
