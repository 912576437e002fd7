using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Behaviour;

/// <summary>Bad settings stop the server at start-up with a message naming the setting, not at the first request.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Ews:ServerVersion:Version", "Exchange2010", "Ews:ServerVersion:Version 'Exchange2010'")]
    [InlineData("Ews:ServerVersion:Version", "Exchange2099", "Ews:ServerVersion:Version 'Exchange2099'")]
    [InlineData("Ews:ServerVersion:MajorVersion", "-1", "Ews:ServerVersion")]
    [InlineData("Ews:MaxGroupsPerMailbox", "0", "MaxGroupsPerMailbox")]
    [InlineData("Ews:MaxRequestBytes", "10", "MaxRequestBytes")]
    [InlineData("Ews:SeedFile", "no/such/seed.json", "Ews:SeedFile 'no/such/seed.json' does not exist")]
    public void Invalid_setting_prevents_start_up(string key, string value, string message)
    {
        using var server = new EwsServer(new Dictionary<string, string?> { [key] = value });

        var start = () => server.CreateClient();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task Empty_seed_file_setting_starts_without_seeded_mailboxes()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { ["Ews:SeedFile"] = string.Empty });
        using var client = server.CreateEwsClient();

        (await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob))).ResponseCode.Should().Be("ErrorInvalidImContactId");
        (await server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().Equal(Users.Alice);
    }
}
