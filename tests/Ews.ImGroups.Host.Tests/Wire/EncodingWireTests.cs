using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Wire;

/// <summary>A request in another encoding than UTF-8 reaches the operation as the text it was validated as.</summary>
public sealed class EncodingWireTests() : ServerTest()
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
}
