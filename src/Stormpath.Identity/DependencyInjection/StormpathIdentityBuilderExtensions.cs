using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stormpath.Client;
using Stormpath.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Stormpath Identity stores on an <see cref="IdentityBuilder"/>.</summary>
public static class StormpathIdentityBuilderExtensions
{
    /// <summary>
    /// Makes Stormpath the source of truth of the Identity users and roles, with the mirror in
    /// <see cref="StormpathIdentityDbContext"/>. See <see cref="AddStormpathStores{TContext}(IdentityBuilder)"/>.
    /// </summary>
    /// <param name="builder">The builder returned by <c>AddIdentity</c>, <c>AddIdentityCore</c>, <c>AddDefaultIdentity</c> or <c>AddIdentityApiEndpoints</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IdentityBuilder AddStormpathStores(this IdentityBuilder builder)
        => builder.AddStormpathStores<StormpathIdentityDbContext>();

    /// <summary>
    /// Makes Stormpath the source of truth of the Identity users and roles, with the mirror in the application's own
    /// <typeparamref name="TContext"/>, whose <c>OnModelCreating</c> calls <c>builder.ApplyStormpathIdentityModel()</c>.
    /// </summary>
    /// <typeparam name="TContext">The <see cref="DbContext"/> that holds the Identity tables; register it with <c>AddDbContext</c>, before or after this call.</typeparam>
    /// <param name="builder">The builder returned by <c>AddIdentity</c>, <c>AddIdentityCore</c>, <c>AddDefaultIdentity</c> or <c>AddIdentityApiEndpoints</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    /// <remarks>
    /// <para>Registers the user and role stores (replacing those of <c>AddEntityFrameworkStores</c>, whether it was called
    /// before or is called after), <see cref="StormpathUserManager"/> as <c>UserManager&lt;StormpathUser&gt;</c>,
    /// <see cref="StormpathSignInManager"/> as <c>SignInManager&lt;StormpathUser&gt;</c>, <see cref="IStormpathSynchronizer"/>,
    /// the Stormpath client (<c>AddStormpathClient()</c>) and <see cref="StormpathOptions"/>, bound from the
    /// <c>Stormpath</c> section and <c>STORMPATH_APPLICATION_HREF</c> and validated at start. Calling it twice is harmless.</para>
    /// <para>Call it after anything that registers its own sign-in manager (<c>AddSignInManager()</c>); it never calls <c>AddIdentity</c> itself.</para>
    /// </remarks>
    public static IdentityBuilder AddStormpathStores<TContext>(this IdentityBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.UserType != typeof(StormpathUser) || (builder.RoleType is not null && builder.RoleType != typeof(StormpathRole)))
        {
            throw new ArgumentException(StormpathMessages.Format(StormpathMessages.WrongUserType, builder.RoleType is null ? builder.UserType.Name : $"{builder.UserType.Name}/{builder.RoleType.Name}"), nameof(builder));
        }

        var services = builder.Services;
        services.AddStormpathClient();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StormpathOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<StormpathOptions>, StormpathOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StormpathOptions>, StormpathOptionsValidator>());

        services.RemoveAll<StormpathContextType>();
        services.AddSingleton(new StormpathContextType(typeof(TContext)));
        services.TryAddSingleton<StormpathApplicationResources>();
        services.TryAddSingleton<StormpathPendingChangeJournal>();
        services.TryAddScoped<StormpathErrorDescriber>();

        services.RemoveAll<StormpathUserStore>();
        services.AddScoped(sp => new StormpathUserStore(
            sp.GetRequiredService<StormpathContextType>().Resolve(sp),
            sp.GetRequiredService<IStormpathClient>(),
            sp.GetRequiredService<StormpathApplicationResources>(),
            sp.GetRequiredService<StormpathPendingChangeJournal>(),
            sp.GetRequiredService<ILookupNormalizer>(),
            sp.GetRequiredService<IOptions<StormpathOptions>>(),
            sp.GetRequiredService<IOptions<IdentityOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<StormpathUserStore>>(),
            sp.GetRequiredService<StormpathErrorDescriber>(),
            sp.GetService<IdentityErrorDescriber>()));
        services.RemoveAll<StormpathRoleStore>();
        services.AddScoped(sp => new StormpathRoleStore(
            sp.GetRequiredService<StormpathContextType>().Resolve(sp),
            sp.GetRequiredService<IStormpathClient>(),
            sp.GetRequiredService<StormpathApplicationResources>(),
            sp.GetRequiredService<StormpathPendingChangeJournal>(),
            sp.GetRequiredService<ILogger<StormpathRoleStore>>(),
            sp.GetRequiredService<StormpathErrorDescriber>(),
            sp.GetService<IdentityErrorDescriber>()));

        // Identity's defaults (AddEntityFrameworkStores, AddUserManager, AddSignInManager) must yield.
        services.RemoveAll<IUserStore<StormpathUser>>();
        services.AddScoped<IUserStore<StormpathUser>>(sp => sp.GetRequiredService<StormpathUserStore>());
        services.RemoveAll<IRoleStore<StormpathRole>>();
        services.AddScoped<IRoleStore<StormpathRole>>(sp => sp.GetRequiredService<StormpathRoleStore>());

        services.TryAddScoped<StormpathUserManager>();
        services.RemoveAll<UserManager<StormpathUser>>();
        services.AddScoped<UserManager<StormpathUser>>(sp => sp.GetRequiredService<StormpathUserManager>());

        services.AddHttpContextAccessor();
        services.TryAddScoped<IUserConfirmation<StormpathUser>, DefaultUserConfirmation<StormpathUser>>();
        services.TryAddScoped<StormpathSignInManager>();
        services.RemoveAll<SignInManager<StormpathUser>>();
        services.AddScoped<SignInManager<StormpathUser>>(sp => sp.GetRequiredService<StormpathSignInManager>());

        services.TryAddScoped<IStormpathSynchronizer, StormpathSynchronizer>();
        return builder;
    }
}
