using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Stormpath.Server.Email;

namespace Stormpath.Server.Tests.Email;

public sealed class EmailSenderTests
{
    private const string Token = "eyJ0eXAi.a/b+c=";
    private const string EncodedLink = "https://app.example.test/verify?sptoken=eyJ0eXAi.a%2Fb%2Bc%3D";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);

    private string _pickup = "";

    [SetUp]
    public void CreatePickupDirectory() =>
        _pickup = Path.Combine(Path.GetTempPath(), "stormpath-pickup-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeletePickupDirectory()
    {
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Test]
    public async Task PickupSender_Send_WritesAParseableEmlWhoseBodyHasTheLink()
    {
        var sender = new PickupDirectoryEmailSender(Options.Create(PickupOptions()), new FakeTimeProvider(Now), new RecordingLogger<PickupDirectoryEmailSender>());

        await sender.SendAsync(AccountEmails.VerifyEmail("rose.tyler@example.test", "Rose", "https://app.example.test/verify", Token));

        var files = Directory.GetFiles(_pickup);
        Assert.That(files, Has.Length.EqualTo(1));
        Assert.That(files[0], Does.EndWith(".eml").And.Contain("20261203T153000000Z-"));
        var message = await MimeMessage.LoadAsync(files[0]);
        Assert.Multiple(() =>
        {
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("rose.tyler@example.test"));
            Assert.That(message.From.Mailboxes.Single().Address, Is.EqualTo("no-reply@example.test"));
            Assert.That(message.Subject, Is.EqualTo("Verify your email address"));
            Assert.That(message.Date, Is.EqualTo(Now));
            Assert.That(message.MessageId, Does.EndWith("@example.test"));
            Assert.That(message.TextBody, Does.Contain(EncodedLink).And.StartWith("Hello Rose,"));
            Assert.That(message.HtmlBody, Does.Contain($"<a href=\"{EncodedLink}\">"));
        });
    }

    [Test]
    public async Task PickupSender_ConcurrentSends_WriteOneCompleteFileEach()
    {
        var sender = new PickupDirectoryEmailSender(Options.Create(PickupOptions()), new FakeTimeProvider(Now), new RecordingLogger<PickupDirectoryEmailSender>());

        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            sender.SendAsync(AccountEmails.ResetPassword($"user{i}@example.test", null, "https://app.example.test/reset", $"token{i}", TimeSpan.FromHours(24))))));

        var files = Directory.GetFiles(_pickup);
        var messages = await Task.WhenAll(files.Select(f => MimeMessage.LoadAsync(f)));
        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(24));
            Assert.That(files, Has.All.EndWith(".eml"));
            Assert.That(messages.Select(m => m.To.Mailboxes.Single().Address), Is.Unique);
            Assert.That(messages.Select(m => m.MessageId), Is.Unique);
            Assert.That(messages, Has.All.Matches<MimeMessage>(m => m.TextBody != null && m.TextBody.Contains("within 24 hours", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task SmtpSender_Send_DeliversToALoopbackSmtpServer()
    {
        await using var server = new TinySmtpServer();
        var options = SmtpOptions(server.Port);
        options.Smtp.TlsMode = SmtpTlsMode.None;
        var sender = new SmtpEmailSender(Options.Create(options), new FakeTimeProvider(Now), new RecordingLogger<SmtpEmailSender>());

        await sender.SendAsync(AccountEmails.VerifyEmail("rose.tyler@example.test", "Rose", "https://app.example.test/verify", Token));

        Assert.That(server.Data, Has.Count.EqualTo(1));
        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(server.Data[0])));
        Assert.Multiple(() =>
        {
            Assert.That(server.Commands, Has.Some.StartsWith("MAIL FROM:<no-reply@example.test>"));
            Assert.That(server.Commands, Has.Some.StartsWith("RCPT TO:<rose.tyler@example.test>"));
            Assert.That(server.Commands, Has.None.StartsWith("AUTH"));
            Assert.That(message.TextBody, Does.Contain(EncodedLink));
        });
    }

    [Test]
    public async Task SmtpSender_WithCredentials_AuthenticatesAndNeverLogsThePassword()
    {
        await using var server = new TinySmtpServer(offerAuth: true);
        var options = SmtpOptions(server.Port);
        options.Smtp.TlsMode = SmtpTlsMode.None;
        options.Smtp.UserName = "mailer";
        options.Smtp.Password = "s3cret-Pa55";
        var logger = new RecordingLogger<SmtpEmailSender>();
        var sender = new SmtpEmailSender(Options.Create(options), new FakeTimeProvider(Now), logger);

        await sender.SendAsync(AccountEmails.ResetPassword("rose.tyler@example.test", "Rose", "https://app.example.test/reset", Token, TimeSpan.FromHours(1)));

        Assert.Multiple(() =>
        {
            Assert.That(server.AuthenticatedAs, Is.EqualTo("mailer"));
            Assert.That(server.AuthenticatedPassword, Is.EqualTo("s3cret-Pa55"));
            Assert.That(server.Data, Has.Count.EqualTo(1));
            Assert.That(logger.Messages, Is.Not.Empty);
            Assert.That(logger.Messages, Has.None.Contains("s3cret-Pa55"));
        });
    }

    [Test]
    public async Task SmtpSender_DefaultTlsModeAndAServerWithoutStartTls_RefusesToSendInPlainText()
    {
        await using var server = new TinySmtpServer();
        var sender = new SmtpEmailSender(Options.Create(SmtpOptions(server.Port)), new FakeTimeProvider(Now), new RecordingLogger<SmtpEmailSender>());

        Assert.That(
            async () => await sender.SendAsync(AccountEmails.VerifyEmail("rose.tyler@example.test", null, "https://app.example.test/verify", Token)),
            Throws.InstanceOf<NotSupportedException>());
        Assert.That(server.Commands, Has.None.StartsWith("MAIL"));
    }

    [Test]
    public void SmtpSender_NoHost_ThrowsWithAFixItMessage()
    {
        Assert.That(
            () => new SmtpEmailSender(Options.Create(PickupOptions()), TimeProvider.System, new RecordingLogger<SmtpEmailSender>()),
            Throws.ArgumentException.With.Message.Contains("Smtp.Host"));
    }

    [Test]
    public void SmtpSender_UserNameWithoutPassword_Throws()
    {
        var options = SmtpOptions(25);
        options.Smtp.UserName = "mailer";

        Assert.That(
            () => new SmtpEmailSender(Options.Create(options), TimeProvider.System, new RecordingLogger<SmtpEmailSender>()),
            Throws.ArgumentException.With.Message.Contains("Smtp.Password"));
    }

    [Test]
    public void Options_Defaults_AreTheDocumentedOnes()
    {
        var options = new EmailOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.UsesSmtp, Is.False);
            Assert.That(options.PickupDirectory, Is.EqualTo("mail-pickup"));
            Assert.That(options.FromAddress, Is.EqualTo("no-reply@localhost"));
            Assert.That(options.Smtp.Port, Is.EqualTo(587));
            Assert.That(options.Smtp.TlsMode, Is.EqualTo(SmtpTlsMode.StartTls));
            Assert.That(options.Smtp.Timeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        });
    }

    private EmailOptions PickupOptions() => new() { FromAddress = "no-reply@example.test", PickupDirectory = _pickup };

    private EmailOptions SmtpOptions(int port)
    {
        var options = PickupOptions();
        options.Smtp.Host = "127.0.0.1";
        options.Smtp.Port = port;
        options.Smtp.Timeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
