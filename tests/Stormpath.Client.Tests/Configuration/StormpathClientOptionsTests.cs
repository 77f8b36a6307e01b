using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Stormpath.Client.Tests.Configuration;

public sealed class StormpathClientOptionsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("stormpath-client-options-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Options_FromConfigurationSection_BindsEverySetting()
    {
        var options = Resolve(
            configuration: new()
            {
                ["Stormpath:Client:BaseUrl"] = "http://127.0.0.1:5000/v1",
                ["Stormpath:Client:ApiKeyId"] = "ID",
                ["Stormpath:Client:ApiKeySecret"] = "SECRET",
                ["Stormpath:Client:AuthenticationScheme"] = "BASIC",
                ["Stormpath:Client:Timeout"] = "00:00:05",
                ["Stormpath:Client:TotalTimeout"] = "20",
                ["Stormpath:Client:PageSize"] = "50",
                ["Stormpath:Client:MaxRetries"] = "1",
            });

        Assert.That(options.BaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:5000/v1/")), "a missing trailing slash is added");
        Assert.That(options.ApiKeyId, Is.EqualTo("ID"));
        Assert.That(options.ApiKeySecret, Is.EqualTo("SECRET"));
        Assert.That(options.AuthenticationScheme, Is.EqualTo(StormpathAuthenticationScheme.Basic));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(options.PageSize, Is.EqualTo(50));
        Assert.That(options.MaxRetries, Is.EqualTo(1));
    }

    [Test]
    public void Options_NothingButKeys_DefaultsToStormpathsBaseUrlAndSAuthc1()
    {
        var options = Resolve(environment: new() { ["STORMPATH_CLIENT_APIKEY_ID"] = "ID", ["STORMPATH_CLIENT_APIKEY_SECRET"] = "S" });

        Assert.That(options.BaseUrl, Is.EqualTo(new Uri("https://api.stormpath.com/v1/")));
        Assert.That(options.AuthenticationScheme, Is.EqualTo(StormpathAuthenticationScheme.SAuthc1));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void Options_SdkEnvironmentVariables_AreReadAndConfigurationOverridesThem()
    {
        var options = Resolve(
            environment: new()
            {
                ["STORMPATH_CLIENT_APIKEY_ID"] = "ENV-ID",
                ["STORMPATH_CLIENT_APIKEY_SECRET"] = "ENV-SECRET",
                ["STORMPATH_CLIENT_BASEURL"] = "https://env.example.test/v1/",
            },
            configuration: new() { ["Stormpath:Client:ApiKeyId"] = "CONFIG-ID" });

        Assert.That(options.ApiKeyId, Is.EqualTo("CONFIG-ID"));
        Assert.That(options.ApiKeySecret, Is.EqualTo("ENV-SECRET"));
        Assert.That(options.BaseUrl, Is.EqualTo(new Uri("https://env.example.test/v1/")));
    }

    [Test]
    public void Options_CodeOverridesConfiguration()
    {
        var options = Resolve(
            configuration: new() { ["Stormpath:Client:ApiKeyId"] = "CONFIG-ID", ["Stormpath:Client:ApiKeySecret"] = "S" },
            configure: o => o.ApiKeyId = "CODE-ID");

        Assert.That(options.ApiKeyId, Is.EqualTo("CODE-ID"));
    }

    [Test]
    public void Options_ApiKeyFile_SuppliesIdAndSecret()
    {
        var file = Path.Combine(_folder, "apiKey.properties");
        File.WriteAllText(file, "apiKey.id = FILE-ID\napiKey.secret = FILE-SECRET\n");

        var options = Resolve(configuration: new() { ["Stormpath:Client:ApiKeyFile"] = file });

        Assert.That(options.ApiKeyId, Is.EqualTo("FILE-ID"));
        Assert.That(options.ApiKeySecret, Is.EqualTo("FILE-SECRET"));
    }

    [Test]
    public void Options_SdkNestedApiKeyNames_AreRead()
    {
        var options = Resolve(configuration: new() { ["Stormpath:Client:ApiKey:Id"] = "NESTED-ID", ["Stormpath:Client:ApiKey:Secret"] = "NESTED-SECRET" });

        Assert.That(options.ApiKeyId, Is.EqualTo("NESTED-ID"));
        Assert.That(options.ApiKeySecret, Is.EqualTo("NESTED-SECRET"));
    }

    [Test]
    public void Validation_MissingApiKeyId_FailsAtStartSayingHowToSetIt()
    {
        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeySecret"] = "S" }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains(
                "Stormpath:Client:ApiKeyId is not set. Set it in configuration, in the STORMPATH_CLIENT_APIKEY_ID environment variable, or point Stormpath:Client:ApiKeyFile at an apiKey.properties file."));
    }

    [Test]
    public void Validation_MissingSecret_NamesTheSettingAndTheEnvironmentVariable()
    {
        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeyId"] = "ID" }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Stormpath:Client:ApiKeySecret is not set").And.Message.Contains("STORMPATH_CLIENT_APIKEY_SECRET"));
    }

    [Test]
    public void Validation_ApiKeyFileThatDoesNotExist_SaysWhereItLooked()
    {
        var missing = Path.Combine(_folder, "nope.properties");

        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeyFile"] = missing }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Stormpath:Client:ApiKeyFile is set to '" + missing + "', but no file exists there"));
    }

    [Test]
    public void Validation_MalformedApiKeyFile_DoesNotRepeatTheSecret()
    {
        var file = Path.Combine(_folder, "apiKey.properties");
        File.WriteAllText(file, "apiKey.id = ID\nTHE-SECRET-VALUE\n");

        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeyFile"] = file }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("line 2").And.Message.Not.Contains("THE-SECRET-VALUE"));
    }

    [TestCase("Timeout", "soon", "Stormpath:Client:Timeout is not a duration")]
    [TestCase("BaseUrl", "not a url", "Stormpath:Client:BaseUrl is not an absolute URL")]
    [TestCase("AuthenticationScheme", "Digest", "Stormpath:Client:AuthenticationScheme is not SAuthc1 or Basic")]
    [TestCase("PageSize", "many", "Stormpath:Client:PageSize is not a whole number")]
    public void Validation_MalformedValue_NamesTheSettingAndTheExpectedForm(string key, string value, string expected)
    {
        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeyId"] = "ID", ["Stormpath:Client:ApiKeySecret"] = "S", ["Stormpath:Client:" + key] = value }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains(expected));
    }

    [Test]
    public void Validation_MalformedEnvironmentVariable_NamesTheVariable()
    {
        Assert.That(
            () => Validate(environment: new() { ["STORMPATH_CLIENT_APIKEY_ID"] = "ID", ["STORMPATH_CLIENT_APIKEY_SECRET"] = "S", ["STORMPATH_CLIENT_BASEURL"] = "::" }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("The environment variable STORMPATH_CLIENT_BASEURL is not an absolute URL"));
    }

    [TestCase("PageSize", "101", "Stormpath:Client:PageSize must be between 1 and 100")]
    [TestCase("PageSize", "0", "Stormpath:Client:PageSize must be between 1 and 100")]
    [TestCase("Timeout", "00:00:00", "Stormpath:Client:Timeout must be more than zero")]
    [TestCase("TotalTimeout", "00:00:01", "Stormpath:Client:TotalTimeout must be at least Stormpath:Client:Timeout")]
    [TestCase("MaxRetries", "-1", "Stormpath:Client:MaxRetries must be between 0 and 10")]
    [TestCase("BaseUrl", "ftp://x.test/v1/", "Stormpath:Client:BaseUrl must be an absolute http or https URL")]
    public void Validation_OutOfRangeValue_SaysTheAllowedRange(string key, string value, string expected)
    {
        Assert.That(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeyId"] = "ID", ["Stormpath:Client:ApiKeySecret"] = "S", ["Stormpath:Client:" + key] = value }),
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains(expected));
    }

    [Test]
    public void Validation_SecretNeverAppearsInAnyFailure()
    {
        var exception = Assert.Throws<OptionsValidationException>(
            () => Validate(configuration: new() { ["Stormpath:Client:ApiKeySecret"] = "TOP-SECRET-42", ["Stormpath:Client:Timeout"] = "00:00:00", ["Stormpath:Client:PageSize"] = "500" }));

        Assert.That(exception!.Failures.Count(), Is.EqualTo(3));
        Assert.That(exception.Message, Does.Not.Contain("TOP-SECRET-42"));
    }

    [Test]
    public void AddStormpathClient_CalledTwice_RegistersOneClientAndAppliesBothSettings()
    {
        var services = new ServiceCollection();
        services.AddStormpathClient(o => o.ApiKeyId = "ID");
        services.AddStormpathClient(o => o.ApiKeySecret = "S");
        services.Replace(ServiceDescriptor.Singleton(new StormpathEnvironment(_ => null)));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<StormpathClientOptions>>().Value;

        Assert.That(services.Count(d => d.ServiceType == typeof(IStormpathClient)), Is.EqualTo(1));
        Assert.That(options.ApiKeyId, Is.EqualTo("ID"));
        Assert.That(options.ApiKeySecret, Is.EqualTo("S"));
        Assert.That(provider.GetRequiredService<IStormpathClient>().BaseUrl, Is.EqualTo(new Uri(StormpathClientOptions.DefaultBaseUrl)));
    }

    private static StormpathClientOptions Resolve(
        Dictionary<string, string?>? environment = null,
        Dictionary<string, string?>? configuration = null,
        Action<StormpathClientOptions>? configure = null)
    {
        using var provider = Build(environment, configuration, configure);
        return provider.GetRequiredService<IOptions<StormpathClientOptions>>().Value;
    }

    private static void Validate(Dictionary<string, string?>? environment = null, Dictionary<string, string?>? configuration = null)
    {
        using var provider = Build(environment, configuration, null);

        // What the host runs at start for ValidateOnStart().
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Build(Dictionary<string, string?>? environment, Dictionary<string, string?>? configuration, Action<StormpathClientOptions>? configure)
    {
        var services = new ServiceCollection();
        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? []).Build();
        services.AddSingleton<IConfiguration>(config);
        services.AddStormpathClient(configure);
        var env = environment ?? [];
        services.Replace(ServiceDescriptor.Singleton(new StormpathEnvironment(name => env.GetValueOrDefault(name))));
        return services.BuildServiceProvider();
    }
}
