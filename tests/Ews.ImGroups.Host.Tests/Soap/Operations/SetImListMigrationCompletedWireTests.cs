using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class SetImListMigrationCompletedWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "SetImListMigrationCompleted";

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public async Task Flag_is_set_with_a_base_only_success_and_the_list_is_left_as_it_was(string value, bool expected)
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.SetImListMigrationCompleted(value));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        // No operation reads the flag back, so only the store shows it.
        (await Server.MailboxesAsync()).Single(m => m.Id == Users.AliceMailbox).ImListMigrationCompleted.Should().Be(expected);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Flag_can_be_cleared_again()
    {
        await Client.PostAsync(Requests.SetImListMigrationCompleted("true"));

        var reply = await Client.PostAsync(Requests.SetImListMigrationCompleted("false"));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        (await Server.MailboxesAsync()).Should().OnlyContain(m => !m.ImListMigrationCompleted);
    }

    [Fact]
    public async Task Flag_belongs_to_the_callers_mailbox_alone()
    {
        await Client.PostAsync(Requests.SetImListMigrationCompleted("true"), asUser: Users.Bob);

        (await Server.MailboxesAsync()).Where(m => m.ImListMigrationCompleted).Select(m => m.Id).Should().Equal(Users.BobMailbox);
    }

    [Fact]
    public async Task Value_that_is_not_a_boolean_gets_a_schema_fault()
    {
        var reply = await Client.PostAsync(Requests.SetImListMigrationCompleted("yes"));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        // The value is checked when its end tag is read: line 11, position 43.
        XmlAssert.Equivalent(
            Responses.SchemaFault(
                11,
                43,
                "The 'http://schemas.microsoft.com/exchange/services/2006/messages:ImListMigrationCompleted' element is invalid - The value 'yes' is invalid according to its datatype 'http://www.w3.org/2001/XMLSchema:boolean' - The string 'yes' is not a valid Boolean value."),
            reply.Body);
        (await Server.MailboxesAsync()).Should().OnlyContain(m => !m.ImListMigrationCompleted);
    }
}
