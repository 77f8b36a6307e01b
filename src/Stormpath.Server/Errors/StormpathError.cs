namespace Stormpath.Server.Errors;

/// <summary>A Stormpath error body (§6.1): HTTP status, Stormpath code, end-user and developer messages.</summary>
internal sealed record StormpathError(int Status, int Code, string Message, string DeveloperMessage)
{
    public StormpathError(int status, int code, string message)
        : this(status, code, message, message)
    {
    }

    public string MoreInfo => $"https://docs.stormpath.com/rest/product-guide/latest/errors.html#error-{Code}";
}
