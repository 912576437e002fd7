using System.Net;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Autodiscover;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>
/// AutoProvision stops creating mailboxes once the store holds <c>MaxAutoProvisionedMailboxes</c>: a new address is
/// refused as Strict mode refuses an unknown one, nothing is created, and existing mailboxes keep working.
/// </summary>
public sealed class AutoProvisionLimitTests() : ServerTest(new Dictionary<string, string?>
{
    // The sample seed's two mailboxes and room for one more.
    ["Ews:Authentication:MaxAutoProvisionedMailboxes"] = "3",
}, services: EwsServer.ClockAt(FixedClock.ReferenceTime))
{
    private const string Erin = "erin@fabrikam.com";
    private const string Frank = "frank@fabrikam.com";
    private const string Refusals = FirstUseMailboxes.RefusalsName + "_total";

    [Fact]
    public async Task A_new_caller_within_the_limit_is_served_and_one_beyond_it_gets_401()
    {
        (await Server.MailboxesAsync()).Should().HaveCount(2, "the limit of this test counts the sample seed's mailboxes");

        var erin = await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: Erin);
        using var frank = await SendAsync(Frank);
        using var anonymous = await SendAsync(user: null);

        erin.ResponseCode.Should().Be("NoError");
        frank.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        frank.Headers.WwwAuthenticate.ToString().Should().Be(anonymous.Headers.WwwAuthenticate.ToString()).And.Be("Basic realm=\"Ews.ImGroups\"");
        (await frank.Content.ReadAsStringAsync()).Should().Be(await anonymous.Content.ReadAsStringAsync());
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().BeEquivalentTo([Users.Alice, Users.Bob, Erin]);
    }

    [Fact]
    public async Task At_the_limit_existing_mailboxes_keep_working()
    {
        (await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: Erin)).ResponseCode.Should().Be("NoError");

        (await Client.PostAsync(Requests.AddImGroup("Still mine"))).ResponseCode.Should().Be("NoError");
        (await Client.PostAsync(Requests.AddImGroup("Again"), asUser: Erin)).ResponseCode.Should().Be("NoError");
        (await Client.PostAsync(Requests.AddImGroup("For Bob", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)))).ResponseCode
            .Should().Be("NoError");
    }

    [Fact]
    public async Task At_the_limit_impersonating_a_new_address_gets_ErrorNonExistentMailbox()
    {
        (await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: Erin)).ResponseCode.Should().Be("NoError");

        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Impersonating("SmtpAddress", Frank)));

        XmlAssert.Equivalent(
            Responses.Fault("ErrorNonExistentMailbox", $"No mailbox is associated with the impersonated account '{Frank}'."), reply.Body);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain(Frank);
    }

    [Fact]
    public async Task At_the_limit_Autodiscover_of_a_new_address_gets_AddressNotFound()
    {
        (await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: Erin)).ResponseCode.Should().Be("NoError");

        var own = await Client.Http.PostAsync(AutodiscoverMessages.Request(Frank), user: Frank);
        var other = await Client.Http.PostAsync(AutodiscoverMessages.Request(Frank), user: Users.Alice);
        var existing = await Client.Http.PostAsync(AutodiscoverMessages.Request(Erin), user: Erin);

        own.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(own.ErrorId), own.Body);
        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(other.ErrorId), other.Body);
        existing.ExternalEwsUrl.Should().NotBeNull("a mailbox that exists is still described");
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain(Frank);
    }

    [Fact]
    public async Task Refusals_are_counted_in_metrics()
    {
        (await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: Erin)).ResponseCode.Should().Be("NoError");

        (await SendAsync(Frank)).Dispose();
        await Client.Http.PostAsync(AutodiscoverMessages.Request(Frank), user: Frank);

        (await PrometheusText.ScrapeAsync(Client.Http)).Value(Refusals).Should().Be(2);
    }

    private async Task<HttpResponseMessage> SendAsync(string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("x"), System.Text.Encoding.UTF8, "text/xml"),
        };
        if (user is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:secret")));
        }

        return await Client.Http.SendAsync(request);
    }
}
