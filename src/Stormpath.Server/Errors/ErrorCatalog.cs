namespace Stormpath.Server.Errors;

/// <summary>
/// Every error the server answers with, in one place (codes per stormpath-api.md §6.2). Messages are safe
/// to show to end users; developer messages may name properties and values.
/// </summary>
internal static class ErrorCatalog
{
    /// <summary>The one end-user message for every login failure (7100–7104), so none of them tells
    /// whether the account exists, is disabled or is locked (stormpath-api.md §5, §14.1).</summary>
    public const string InvalidLoginMessage = "Invalid username or password.";

    public static StormpathError BadRequest(string developerMessage) =>
        new(400, 400, "The request is not valid.", developerMessage);

    // Malformed JSON has no finer code in the table; UNVERIFIED which one the hosted service used, we answer 400/400.
    public static StormpathError MalformedJson(string detail) =>
        new(400, 400, "The request body is not valid JSON.", $"The request body is not valid JSON: {detail}");

    public static StormpathError BodyNotAnObject() =>
        new(400, 400, "The request body must be a JSON object.", "The request body must be a JSON object.");

    public static StormpathError BodyRequired() =>
        new(400, 400, "The request body must not be empty.", "This request requires a JSON object body with at least one property.");

    public static StormpathError Unauthenticated(string developerMessage) =>
        new(401, 401, "Authentication required.", developerMessage);

    public static StormpathError Forbidden(string developerMessage) =>
        new(403, 403, "You do not have permission to access this resource.", developerMessage);

    public static StormpathError NotFound() =>
        new(404, 404, "The requested resource does not exist.", "The requested resource does not exist.");

    public static StormpathError MethodNotAllowed(string method) =>
        new(405, 1100, "The request method is not supported for this resource.", $"The HTTP method {method} is not supported by this resource.");

    public static StormpathError PayloadTooLarge(long limit) =>
        new(413, 413, "The request body is too large.", $"The request body exceeds the limit of {limit} bytes.");

    public static StormpathError UnsupportedMediaType(string? contentType) =>
        new(415, 1101, "The request content type is not supported.", $"Content-Type '{contentType}' is not supported; send 'application/json'.");

    public static StormpathError Internal() =>
        new(500, 500, "An unexpected error occurred on the server.", "An unexpected error occurred on the server; see the server log for this request id.");

    public static StormpathError Required(string resource, string property) =>
        new(400, 2000, $"{resource} {property} is required; it cannot be null, empty, or blank.");

    public static StormpathError Duplicate(string resource, string property) =>
        new(409, 2001, $"{resource} {property} already exists.", $"Another {resource.ToLowerInvariant()} with the same {property} already exists; {property} must be unique.");

    public static StormpathError InvalidValue(string property, string detail) =>
        new(400, 2002, $"The value of {property} is not valid.", $"Property '{property}' is invalid: {detail}");

    public static StormpathError UnsupportedEnumValue(string property, IEnumerable<string> allowed) =>
        new(400, 2003, $"The value of {property} is not supported.", $"Property '{property}' must be one of: {string.Join(", ", allowed)}.");

    public static StormpathError WrongType(string property, string expected) =>
        new(400, 2004, $"The value of {property} has the wrong type.", $"Property '{property}' must be {expected}.");

    public static StormpathError InvalidFormat(string property) =>
        new(400, 2006, $"The value of {property} is not in a valid format.", $"Property '{property}' is not in a valid format.");

    public static StormpathError TooShort(string property, int min) =>
        new(400, 2007, $"{property} must be at least {min} characters long.", $"Property '{property}' is shorter than {min} characters.");

    public static StormpathError TooLong(string property, int max) =>
        new(400, 2008, $"{property} cannot exceed {max} characters.", $"Property '{property}' is longer than {max} characters.");

    public static StormpathError BelowMinimum(string property, long min) =>
        new(400, 2009, $"{property} must be at least {min}.", $"Property '{property}' must be at least {min}.");

    public static StormpathError AboveMaximum(string property, long max) =>
        new(400, 2010, $"{property} cannot exceed {max}.", $"Property '{property}' must be at most {max}.");

    public static StormpathError InvalidReference(string property, string href) =>
        new(400, 2014, $"The value of {property} is not a valid reference.", $"Property '{property}' must be a link to a resource of this server; '{href}' is not.");

    public static StormpathError UnknownProperty(string property) =>
        new(400, 2015, "The request contains an unknown property.", $"Property '{property}' is not a known property of this resource.");

    public static StormpathError NoSuchResource(string property, string href) =>
        new(400, 2016, $"The value of {property} does not match a known resource.", $"Property '{property}' refers to '{href}', which does not exist.");

    public static StormpathError UnknownEmail() =>
        // UNVERIFIED (stormpath-api.md §7.1, §14.5): the code for an unknown email on password reset; we answer 400/2016.
        new(400, 2016, "The email address does not match a known account.", "No account of the application's account stores has this email address.");

    public static StormpathError MalformedQuery(string parameter, string detail) =>
        new(400, 2100, "The query is not valid.", $"Query parameter '{parameter}' is malformed: {detail}");

    public static StormpathError RepeatedQuery(string parameter) =>
        new(400, 2102, "The query is not valid.", $"Query parameter '{parameter}' may be given only once.");

    public static StormpathError InvalidQueryValue(string parameter, string detail) =>
        new(400, 2103, "The query is not valid.", $"Query parameter '{parameter}' has an invalid value: {detail}");

    public static StormpathError InvalidOrderBy(string detail) =>
        new(400, 2104, "The orderBy clause is not valid.", $"orderBy is invalid: {detail}");

    public static StormpathError UnsupportedQuery(string parameter) =>
        new(400, 2105, "The query is not valid.", $"Query parameter '{parameter}' is not supported on this collection.");

    public static StormpathError UnsortableAttribute(string attribute) =>
        new(400, 2106, "The orderBy clause is not valid.", $"Attribute '{attribute}' cannot be used in orderBy on this collection.");

    public static StormpathError NotExpandable(string property) =>
        new(400, 2107, "The expand parameter is not valid.", $"Property '{property}' cannot be expanded on this resource.");

    public static StormpathError InvalidRange(string parameter) =>
        new(400, 2108, "The query is not valid.", $"Query parameter '{parameter}' has a range whose start is after its end.");

    public static StormpathError CustomDataKeyEmpty() =>
        new(400, 3000, "A customData key cannot be empty.");

    public static StormpathError CustomDataKeyTooLong(string key) =>
        new(400, 3001, "A customData key cannot exceed 255 characters.", $"customData key '{key[..Math.Min(key.Length, 40)]}…' is longer than 255 characters.");

    public static StormpathError CustomDataKeyInvalid(string key) =>
        new(400, 3002, "A customData key may contain only letters, digits, '_' and '-', and may not start with '-'.", $"customData key '{key}' is not valid.");

    public static StormpathError CustomDataKeyReserved(string key) =>
        new(400, 3003, "This customData key is reserved.", $"customData key '{key}' is reserved and cannot be written.");

    public static StormpathError CustomDataTooLarge() =>
        new(400, 3004, "customData cannot exceed 10 MB.", "The customData document would exceed 10 MB.");

    public static StormpathError NoDefaultAccountStore() =>
        new(400, 5100, "The application has no default account store.", "The application has no default account store mapping; map a directory with isDefaultAccountStore=true.");

    public static StormpathError NoDefaultGroupStore() =>
        new(400, 5101, "The application has no default group store.", "The application has no default group store mapping; map a directory with isDefaultGroupStore=true.");

    public static StormpathError DefaultAccountStoreDisabled() =>
        new(400, 5102, "The application's default account store is disabled.", "The default account store of the application is disabled.");

    public static StormpathError DefaultGroupStoreDisabled() =>
        new(400, 5103, "The application's default group store is disabled.", "The default group store of the application is disabled.");

    public static StormpathError DuplicateMapping() =>
        new(400, 5104, "This account store is already mapped to the application.", "The account store is already mapped to this application.");

    public static StormpathError NoAccountStores() =>
        new(400, 5105, ErrorCatalog.InvalidLoginMessage, "The application has no account stores mapped; login is impossible.");

    public static StormpathError GroupStoreMustBeDirectory() =>
        new(400, 5107, "Only a directory can be the default group store.", "isDefaultGroupStore can only be true when the account store is a directory.");

    public static StormpathError StoreNotMapped() =>
        new(400, 5114, "The account store is not mapped to the application.", "The accountStore given is not one of the application's account stores.");

    public static StormpathError VerificationWorkflowDisabled() =>
        new(400, 6101, "Email verification is not enabled for this directory.", "The account's directory does not have the email verification workflow enabled.");

    public static StormpathError PasswordReused() =>
        new(400, 6401, "The password was used recently; choose a different one.", "The password policy's preventReuse forbids reusing this password.");

    public static StormpathError LoginFailed(int code, string developerMessage) =>
        new(400, code, InvalidLoginMessage, developerMessage);

    public static StormpathError EmailDomainBlacklisted() =>
        new(400, 7205, "The email domain is not allowed.", "The email's domain is on the directory's account creation blacklist.");

    public static StormpathError EmailDomainNotWhitelisted() =>
        new(400, 7206, "The email domain is not allowed.", "The email's domain is not on the directory's account creation whitelist.");
}
