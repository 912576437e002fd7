using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>A request in another encoding than UTF-8 reaches the operation as the text it was validated as.</summary>
public sealed class EncodingWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    public static TheoryData<string, Encoding> Encodings => new()
    {
        { "ISO-8859-1", Encoding.Latin1 },
        { "utf-16", Encoding.Unicode },
        { "utf-16", Encoding.BigEndianUnicode },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Name_in_a_declared_encoding_is_stored_as_written(string declared, Encoding encoding)
    {
        var request = Requests.AddImGroup("Café Ünïcödé").Replace("encoding=\"UTF-8\"", $"encoding=\"{declared}\"", StringComparison.Ordinal);

        var reply = await Client.SendAsync([.. encoding.GetPreamble(), .. encoding.GetBytes(request)], soapAction: null, asUser: Users.Alice);

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Café Ünïcödé", Users.AliceFirstGroup, "EgAAAA=="), reply.Body);
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("Café Ünïcödé");
    }

    [Fact]
    public async Task Encoding_named_far_into_a_long_declaration_is_still_the_one_used()
    {
        var request = Requests.AddImGroup("Café").Replace(
            "encoding=\"UTF-8\"", new string(' ', 300) + "encoding=\"ISO-8859-1\"", StringComparison.Ordinal);

        var reply = await Client.SendAsync(Encoding.Latin1.GetBytes(request), soapAction: null, asUser: Users.Alice);

        reply.ResponseCode.Should().Be("NoError");
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("Café");
    }

    [Fact]
    public async Task Processing_instruction_that_mentions_an_encoding_is_not_a_declaration()
    {
        var request = "<?xml-stylesheet href='a' encoding='iso-8859-1'?>\n"
            + Requests.AddImGroup("Café").Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", string.Empty, StringComparison.Ordinal);

        var reply = await Client.SendAsync(Encoding.UTF8.GetBytes(request), soapAction: null, asUser: Users.Alice);

        reply.ResponseCode.Should().Be("NoError");
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("Café");
    }
}
