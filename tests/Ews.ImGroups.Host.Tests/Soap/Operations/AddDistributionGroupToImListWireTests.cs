using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class AddDistributionGroupToImListWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "AddDistributionGroupToImList";

    [Fact]
    public async Task Directory_group_gets_a_DG_group_with_the_name_sent_and_shows_on_the_list()
    {
        var reply = await Client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering team"));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(
            Responses.AddDistributionGroupToImListSuccess("Engineering team", Users.AliceFirstGroup),
            reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups()
                + Responses.DistributionGroup("Engineering team", Users.AliceFirstGroup, ItemIds.NewGroupChangeKey, "engineering@contoso.com")),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Address_in_another_case_or_with_spaces_finds_the_directory_group()
    {
        var reply = await Client.PostAsync(Requests.AddDistributionGroupToImList(" SALES@Contoso.COM ", "Sales"));

        XmlAssert.Equivalent(Responses.AddDistributionGroupToImListSuccess("Sales", Users.AliceFirstGroup), reply.Body);
    }

    [Fact]
    public async Task Group_already_on_the_list_is_returned_as_listed_whatever_name_is_sent()
    {
        var first = await Client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));
        var before = await ListAsync();

        var again = await Client.PostAsync(Requests.AddDistributionGroupToImList("ENGINEERING@contoso.com", "Another name"));

        XmlAssert.Equivalent(first.Body, again.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Each_mailbox_lists_the_group_on_its_own()
    {
        await AddDistributionGroupAsync("engineering@contoso.com", "Engineering", asUser: Users.Bob);

        var reply = await Client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));

        reply.ResponseCode.Should().Be("NoError");
        (await ListAsync()).GroupIds().Should().EndWith(reply.StoreId).And.HaveCount(4);
    }

    [Theory]
    [InlineData("unknown address", "nobody@contoso.com")]
    [InlineData("a mailbox, not a distribution group", Users.Alice)]
    [InlineData("not an address", "engineering")]
    [InlineData("address with a display name", "Engineering &lt;engineering@contoso.com&gt;")]
    public async Task Address_of_no_directory_group_gets_the_reference_ErrorInvalidImDistributionGroupSmtpAddress(string because, string address)
    {
        var reply = await Client.PostAsync(Requests.AddDistributionGroupToImList(address, "Engineering"));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorInvalidImDistributionGroupSmtpAddress(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Theory]
    [InlineData("TEAM")]
    [InlineData(" Team ")]
    [InlineData("favorites")]
    public async Task Display_name_of_another_group_gets_ErrorImGroupDisplayNameAlreadyExists(string displayName)
    {
        await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", displayName));

        XmlAssert.Equivalent(Responses.ErrorImGroupDisplayNameAlreadyExists(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Group_past_the_configured_group_limit_gets_ErrorImGroupLimitReached()
    {
        using var limited = LimitedServer("Ews:MaxGroupsPerMailbox", 2);
        using var client = limited.CreateEwsClient();
        (await client.PostAsync(Requests.AddImGroup("Team"))).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.AddDistributionGroupToImList("sales@contoso.com", "Sales"))).ResponseCode.Should().Be("NoError");
        var before = await client.PostAsync(Requests.GetImItemList());

        var reply = await client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));

        XmlAssert.Equivalent(Responses.ErrorImGroupLimitReached(Operation), reply.Body);
        XmlAssert.Equivalent(before.Body, (await client.PostAsync(Requests.GetImItemList())).Body);
    }

    [Fact]
    public async Task Reference_request_without_DisplayName_gets_a_schema_fault_as_the_schema_requires_it()
    {
        var request = Requests.AddDistributionGroupToImList("distributionlist1@example.com", "x")
            .Replace("         <m:DisplayName>x</m:DisplayName>\n", string.Empty, StringComparison.Ordinal);

        var reply = await Client.PostAsync(request);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            // Reported at the end tag, line 12, where the schema still expected DisplayName.
            Responses.SchemaFault(
                12,
                9,
                "The element 'AddDistributionGroupToImList' in namespace 'http://schemas.microsoft.com/exchange/services/2006/messages' has incomplete content. List of possible elements expected: 'DisplayName' in namespace 'http://schemas.microsoft.com/exchange/services/2006/messages'."),
            reply.Body);
    }
}
