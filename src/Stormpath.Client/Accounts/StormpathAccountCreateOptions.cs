namespace Stormpath.Client;

/// <summary>Query options of an account create (stormpath-api.md §4.2).</summary>
public sealed class StormpathAccountCreateOptions
{
    /// <summary>
    /// Gets or sets whether the registration workflow (verification and welcome emails) runs for this create:
    /// <see langword="false"/> skips it, <see langword="true"/> forces it, <see langword="null"/> follows the directory.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public bool? RegistrationWorkflowEnabled { get; set; }

    /// <summary>Gets or sets the password format; <c>mcf</c> means the password is an imported Modular Crypt Format hash.</summary>
    /// <value>The default value is <see langword="null"/> (plain text).</value>
    public string? PasswordFormat { get; set; }

    /// <summary>Gets the links to expand in the response, e.g. <c>customData</c> or <c>groups(offset:0,limit:100)</c>.</summary>
    public IList<string> Expand { get; } = [];
}
