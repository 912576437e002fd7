using System.Net;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>Strict-mode accounts may come from the seed file as well as from configuration.</summary>
public sealed class SeedAccountsWireTests : IDisposable
{
    private readonly string seedFile = Path.Combine(Path.GetTempPath(), $"ews-imgroups-seed-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Seeded_account_signs_in_and_may_impersonate_as_the_seed_says()
    {
        await File.WriteAllTextAsync(seedFile, $$"""
            {
              "mailboxes": [ { "smtpAddress": "erin@contoso.com" }, { "smtpAddress": "frank@contoso.com" } ],
              "accounts": [
                { "smtpAddress": "erin@contoso.com", "passwordHash": "{{PasswordHashes.Hash("erin's")}}", "mayImpersonate": true },
                { "smtpAddress": "frank@contoso.com", "password": "frank's" }
              ]
            }
            """);
        using var server = new EwsServer(new Dictionary<string, string?>
        {
            ["Ews:SeedFile"] = seedFile,
            ["Ews:Authentication:Mode"] = "Strict",
        });
        using var client = server.CreateEwsClient("erin@contoso.com");

        var own = await client.PostAsync(Requests.AddImGroup("Erin's"), password: "erin's");
        var impersonated = await client.PostAsync(
            Requests.AddImGroup("For Frank", Requests.Impersonating("PrimarySmtpAddress", "frank@contoso.com")), password: "erin's");
        var frankImpersonating = await client.PostAsync(
            Requests.AddImGroup("x", Requests.Impersonating("PrimarySmtpAddress", "erin@contoso.com")), asUser: "frank@contoso.com", password: "frank's");
        var wrong = await client.PostAsync(Requests.AddImGroup("x"), password: "frank's");

        own.ResponseCode.Should().Be("NoError");
        impersonated.ResponseCode.Should().Be("NoError");
        frankImpersonating.ResponseCode.Should().Be("ErrorImpersonateUserDenied");
        wrong.Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    public void Dispose() => File.Delete(seedFile);
}
