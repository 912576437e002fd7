using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Configuration;

/// <summary>
/// Bad settings are rejected with a message naming the setting. The server reads its options at start-up, so such a
/// server stops before its first request; the published-app tests show that on the real process.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Ews:ServerVersion:Version", "Exchange2010", "Ews:ServerVersion:Version 'Exchange2010'")]
    [InlineData("Ews:ServerVersion:Version", "Exchange2099", "Ews:ServerVersion:Version 'Exchange2099'")]
    [InlineData("Ews:ServerVersion:MajorVersion", "-1", "Ews:ServerVersion")]
    [InlineData("Ews:MaxGroupsPerMailbox", "0", "MaxGroupsPerMailbox")]
    [InlineData("Ews:MaxRequestBytes", "10", "MaxRequestBytes")]
    [InlineData("Ews:SeedFile", "no/such/seed.json", "Ews:SeedFile 'no/such/seed.json' does not exist")]
    public void Invalid_setting_is_rejected_with_its_name(string key, string value, string message)
    {
        using var services = Services(new Dictionary<string, string?> { [key] = value }, builder => builder.AddEwsConfiguration());

        var read = () => services.GetRequiredService<IOptions<EwsOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("Ews:Authentication:Mode", "Strict", "needs at least one account")]
    [InlineData("Ews:Authentication:Accounts:0:SmtpAddress", "not-an-address", "is not a unique e-mail address")]
    [InlineData("Ews:Authentication:Accounts:0:PasswordHash", "plain", "needs either a Password or a well-formed PasswordHash")]
    [InlineData("Ews:Authentication:Bearer:Enabled", "true", "needs a SigningKey, a PublicKeyPem or AllowUnsignedTokens")]
    [InlineData("Ews:Authentication:Domains:CONTOSO", "not a domain", "Ews:Authentication:Domains:CONTOSO: 'not a domain' is not a mail domain")]
    [InlineData("Ews:Authentication:Domains:CONTOSO", "alice@contoso.com", "Ews:Authentication:Domains:CONTOSO")]
    [InlineData("Ews:Authentication:Accounts:0:SamAccountName", "CONTOSO\\alice", "has a SamAccountName that is empty, holds")]
    [InlineData("Ews:Authentication:Throttle:MaxFailuresPerAccount", "0", "Ews:Authentication:Throttle: MaxFailuresPerAccount")]
    [InlineData("Ews:Authentication:Throttle:MaxFailuresPerAddress", "0", "Ews:Authentication:Throttle: MaxFailuresPerAccount")]
    [InlineData("Ews:Authentication:Throttle:WindowSeconds", "0", "Ews:Authentication:Throttle: MaxFailuresPerAccount")]
    [InlineData("Ews:Authentication:Throttle:MaxConcurrentVerifications", "-1", "MaxConcurrentVerifications at least 0")]
    [InlineData("Ews:Authentication:MaxAutoProvisionedMailboxes", "-1", "Ews:Authentication:MaxAutoProvisionedMailboxes must be at least 0")]
    public void Invalid_authentication_setting_is_rejected_with_its_name(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key.Contains("Accounts:0", StringComparison.Ordinal) && !key.EndsWith("SmtpAddress", StringComparison.Ordinal))
        {
            settings["Ews:Authentication:Accounts:0:SmtpAddress"] = "alice@contoso.com";
        }

        using var services = Services(settings, builder => builder.AddEwsConfiguration().AddCallerIdentity());

        var read = () => services.GetRequiredService<IOptions<AuthenticationOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("Xml", "'Xml' at 'Ews:Logging:Format'")]
    [InlineData("5", "Ews:Logging:Format must be one of: Plain, Json.")]
    public void Invalid_log_format_is_rejected_with_its_name(string value, string message)
    {
        using var services = LoggingServices(value);

        var read = () => services.GetRequiredService<IOptions<LoggingOptions>>().Value;

        read.Should().Throw<Exception>().Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData(null, LogFormat.Plain)]
    [InlineData("Json", LogFormat.Json)]
    [InlineData("json", LogFormat.Json)]
    [InlineData("Plain", LogFormat.Plain)]
    public void Log_format_is_plain_unless_set_and_read_without_regard_to_case(string? value, LogFormat format)
    {
        using var services = LoggingServices(value);

        services.GetRequiredService<IOptions<LoggingOptions>>().Value.Format.Should().Be(format);
    }

    [Fact]
    public async Task Empty_seed_file_setting_starts_without_seeded_mailboxes()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { ["Ews:SeedFile"] = string.Empty });
        using var client = server.CreateEwsClient();

        // Without the seed the store makes its own id key, so the sample seed's ids are not this store's.
        (await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob))).ResponseCode.Should().Be("ErrorInvalidIdMalformed");
        (await server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().Equal(Users.Alice);
    }

    private static ServiceProvider LoggingServices(string? format) =>
        Services(new Dictionary<string, string?> { [$"{LoggingOptions.SectionName}:Format"] = format }, builder => builder.AddConsoleLog());

    private static ServiceProvider Services(Dictionary<string, string?> settings, Action<IHostApplicationBuilder> areas) =>
        AreaServices.Build(settings, areas);
}
