using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Stormpath.Identity;

/// <summary>The <see cref="DbContext"/> type that holds the mirror, as chosen by <c>AddStormpathStores&lt;TContext&gt;()</c>.</summary>
internal sealed class StormpathContextType(Type type)
{
    public Type Type { get; } = type;

    public DbContext Resolve(IServiceProvider services)
    {
        var context = (DbContext)services.GetRequiredService(Type);
        if (context.Model.FindEntityType(typeof(StormpathPendingChange)) is null)
        {
            throw new InvalidOperationException(StormpathMessages.Format(StormpathMessages.ModelNotApplied, Type.Name));
        }

        return context;
    }
}
