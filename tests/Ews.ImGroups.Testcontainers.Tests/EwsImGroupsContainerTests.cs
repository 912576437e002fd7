using System.Net;
using System.Net.Http.Headers;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>The module against a real container; these need a Docker engine (see <see cref="ContainerEngine"/>).</summary>
public sealed class EwsImGroupsContainerTests : IDisposable
{
    private const string AdminToken = "container-tests-admin-token";

    private const string Seed = """
        {
          "accounts": [ { "smtpAddress": "alice@contoso.com", "password": "alice-secret" } ],
          "mailboxes": [
            {
              "smtpAddress": "alice@contoso.com",
              "displayName": "Alice Anders",
              "contacts": [ { "key": "zoe", "displayName": "Zoe Zimmer", "imAddress": "sip:zoe@fabrikam.com" } ],
              "groups": [ { "displayName": "Book club", "members": [ "zoe" ] } ]
            }
          ]
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("ews-imgroups-container-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public async Task Container_serves_its_seed_to_a_signed_in_client_in_strict_mode_and_guards_the_control_api_with_the_token()
    {
        ContainerEngine.Require(DockerEngine.IsReachable, DockerEngine.MissingReason);
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, Seed);
        var image = await DockerEngine.ServerImageAsync();

        await using var container = new EwsImGroupsBuilder(image)
            .WithSeedFile(seed)
            .WithAdminToken(AdminToken)
            .WithAuthenticationMode(EwsImGroupsAuthenticationMode.Strict)
            .Build();
        await container.StartAsync();

        var alice = container.CreateClient("alice@contoso.com", "alice-secret");
        var list = await alice.GetImItemListAsync();
        list.Groups.Should().Contain(group => group.DisplayName == "Book club" && group.MemberCorrelationKey.Count == 1);
        var added = await alice.AddImGroupAsync("Reading circle");
        added.DisplayName.Should().Be("Reading circle");
        (await alice.AutodiscoverAsync("alice@contoso.com")).EwsUrl.Should().Be(container.GetEwsUrl());

        var wrongPassword = () => container.CreateClient("alice@contoso.com").GetImItemListAsync();
        (await wrongPassword.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var http = new HttpClient { BaseAddress = container.GetBaseAddress() };
        using (var open = await http.GetAsync(new Uri("admin/api/server", UriKind.Relative)))
        {
            open.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var admin = container.GetAdminClient();
        (await admin.ListMailboxesAsync()).Mailboxes.Should().Contain(m => m.SmtpAddress == "alice@contoso.com");

        var inTenant = container.CreateClient("alice@contoso.com", "alice-secret", tenant: "suite-a");
        (await inTenant.GetImItemListAsync()).Groups.Should().NotContain(group => group.DisplayName == "Book club", "a tenant starts empty");
        (await inTenant.AutodiscoverAsync("alice@contoso.com")).EwsUrl.Should().Be(container.GetEwsUrl("suite-a"));
        (await container.GetAdminClient("suite-a").ListMailboxesAsync()).Mailboxes.Select(m => m.SmtpAddress).Should().Equal("alice@contoso.com");
    }
}
