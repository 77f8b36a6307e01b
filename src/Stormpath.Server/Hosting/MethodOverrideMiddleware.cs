namespace Stormpath.Server.Hosting;

/// <summary>
/// <c>POST …?_method=DELETE</c> acts as DELETE for clients that cannot send one (§1.2). The method as
/// received is kept for SAuthc1, which signs it.
/// </summary>
internal sealed class MethodOverrideMiddleware(RequestDelegate next)
{
    public const string OriginalMethodKey = "Stormpath.OriginalMethod";

    public Task InvokeAsync(HttpContext context)
    {
        context.Items[OriginalMethodKey] = context.Request.Method;
        if (HttpMethods.IsPost(context.Request.Method)
            && string.Equals(context.Request.Query["_method"], "DELETE", StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Method = HttpMethods.Delete;
        }

        return next(context);
    }
}
