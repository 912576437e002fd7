using System.Net;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>The server of <see cref="SchemaFaultWireTests"/>: requests of at most 4096 bytes.</summary>
public sealed class SchemaFaultServer() : SharedServer(new Dictionary<string, string?> { ["Ews:MaxRequestBytes"] = "4096" });

/// <summary>Requests that fail validation get Exchange's schema fault, pointing into the request as sent, and change nothing.</summary>
public sealed class SchemaFaultWireTests(SchemaFaultServer server) : SharedServerTest<SchemaFaultServer>(server)
{
    private const string Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";

    public static TheoryData<string, string, int, int, string> Violations => new()
    {
        {
            "empty display name",
            Requests.AddImGroup(string.Empty),
            11, 27,
            $"The '{Messages}:DisplayName' element is invalid - The value '' is invalid according to its datatype 'http://schemas.microsoft.com/exchange/services/2006/types:NonEmptyStringType' - The actual length is less than the MinLength value."
        },
        {
            "missing display name",
            Requests.AddImGroup("x").Replace("         <m:DisplayName>x</m:DisplayName>\n", string.Empty, StringComparison.Ordinal),
            11, 9,
            $"The element 'AddImGroup' in namespace '{Messages}' has incomplete content. List of possible elements expected: 'DisplayName' in namespace '{Messages}'."
        },
        {
            "unknown element",
            Requests.AddImGroup("x").Replace("</m:DisplayName>", "</m:DisplayName><m:Color>red</m:Color>", StringComparison.Ordinal),
            11, 43,
            $"The element 'AddImGroup' in namespace '{Messages}' has invalid child element 'Color' in namespace '{Messages}'."
        },
        {
            "namespace written with https as in the translated pages",
            Requests.AddImGroup("x").Replace("xmlns:m=\"http://", "xmlns:m=\"https://", StringComparison.Ordinal),
            10, 8,
            $"The element 'Body' in namespace 'http://schemas.xmlsoap.org/soap/envelope/' has invalid child element 'AddImGroup' in namespace 'https://schemas.microsoft.com/exchange/services/2006/messages'. List of possible elements expected: any element in namespace '{Messages}'."
        },
        {
            "unknown schema version",
            Requests.AddImGroup("x", Requests.Versioned("Exchange2099")),
            6, 31,
            "The 'Version' attribute is invalid - The value 'Exchange2099' is invalid according to its datatype 'http://schemas.microsoft.com/exchange/services/2006/types:ExchangeVersionType' - The Enumeration constraint failed."
        },
        {
            "document type declaration",
            Requests.AddImGroup("&x;").Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE e [<!ENTITY x \"expanded\">]>\n", StringComparison.Ordinal),
            2, 1,
            "For security reasons DTD is prohibited in this XML document. To enable DTD processing set the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into XmlReader.Create method."
        },
        {
            "two operations in one body",
            Requests.AddImGroup("x").Replace("</m:AddImGroup>", "</m:AddImGroup><m:AddImGroup><m:DisplayName>y</m:DisplayName></m:AddImGroup>", StringComparison.Ordinal),
            12, 23,
            "The element 'Body' in namespace 'http://schemas.xmlsoap.org/soap/envelope/' has invalid child element 'AddImGroup' in namespace 'http://schemas.microsoft.com/exchange/services/2006/messages'."
        },
        {
            "display name of white space alone",
            Requests.AddImGroup("   "),
            11, 11,
            $"The '{Messages}:DisplayName' element is invalid - The value '   ' is blank; it needs a character other than white space."
        },
        {
            "IM address of a sip: prefix alone",
            Requests.AddNewImContactToGroup("sip: "),
            11, 11,
            $"The '{Messages}:ImAddress' element is invalid - The value 'sip: ' holds no address after its sip: prefix."
        },
        {
            "character reference to a control character",
            Requests.AddImGroup("&#x1;"),
            11, 28,
            "'\\u0001', hexadecimal value 0x01, is an invalid character. Line 11, position 28."
        },
        {
            "header sent twice",
            Requests.AddImGroup("x", Requests.ReferenceHeaders + "\n      <t:RequestServerVersion Version=\"Exchange2013\" />"),
            8, 8,
            "The SOAP header 'RequestServerVersion' appears more than once."
        },
        {
            "not a SOAP 1.1 envelope",
            Requests.AddImGroup("x").Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal),
            2, 2,
            "The root element must be 'Envelope' in namespace 'http://schemas.xmlsoap.org/soap/envelope/' (SOAP 1.1)."
        },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task Violation_gets_an_HTTP_500_schema_fault_and_changes_nothing(string because, string request, int line, int position, string violation)
    {
        var reply = await Client.PostAsync(request);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError, because);
        XmlAssert.Equivalent(Responses.SchemaFault(line, position, violation), reply.Body);
        await AssertNoGroupWasCreated();
    }

    [Fact]
    public async Task Body_over_the_configured_size_gets_a_schema_fault_where_reading_stopped()
    {
        var request = Requests.AddImGroup(new string('x', 5000));

        var reply = await Client.SendAsync(Encoding.UTF8.GetBytes(request), null, Users.Alice);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        var prefix = request[..4096];
        var line = prefix.Count(c => c == '\n') + 1;
        var position = 4096 - prefix.LastIndexOf('\n');
        XmlAssert.Equivalent(
            Responses.SchemaFault(line, position, "The request is larger than the 4096 bytes this server accepts."),
            reply.Body);
        await AssertNoGroupWasCreated();
    }

    [Theory]
    [InlineData(40, 1)]
    [InlineData(1, 25_000)]
    public async Task Too_deep_or_too_many_elements_get_a_schema_fault(int depth, int count)
    {
        var nested = string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth));
        var headers = Requests.ReferenceHeaders + "\n      <h xmlns=\"urn:other\">" + string.Concat(Enumerable.Repeat(nested, count)) + "</h>";
        using var roomy = new EwsServer(new Dictionary<string, string?> { ["Ews:MaxRequestBytes"] = "1048576" });
        using var client = roomy.CreateEwsClient();

        var reply = await client.PostAsync(Requests.AddImGroup("Deep", headers));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.ResponseCode.Should().Be("ErrorSchemaValidation");
        reply.Fault!.Element("faultstring")!.Value.Should().EndWith("deeper than 32 levels or holds more than 20000 elements.");
        (await roomy.GroupsAsync(Users.AliceMailbox)).Should().BeEmpty();
    }

    [Fact]
    public async Task Invalid_UTF8_gets_a_schema_fault()
    {
        var bytes = Encoding.UTF8.GetBytes(Requests.AddImGroup("AB"));
        var at = bytes.AsSpan().IndexOf(">AB<"u8) + 1;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var reply = await Client.SendAsync(bytes, null, Users.Alice);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.SchemaFault(11, 25, "Invalid character in the given encoding. Line 11, position 25."),
            reply.Body);
        await AssertNoGroupWasCreated();
    }

    [Fact]
    public async Task Raw_control_character_is_quoted_visibly_in_the_fault()
    {
        var bytes = Encoding.UTF8.GetBytes(Requests.AddImGroup("A"));
        bytes[bytes.AsSpan().IndexOf(">A<"u8) + 1] = 0x01;

        var reply = await Client.SendAsync(bytes, null, Users.Alice);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.SchemaFault(11, 25, "'\\u0001', hexadecimal value 0x01, is an invalid character. Line 11, position 25."),
            reply.Body);
        await AssertNoGroupWasCreated();
    }

    /// <summary>The first group a mailbox gets has item number 1; if it is free, no earlier request created one.</summary>
    private async Task AssertNoGroupWasCreated()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Probe"));
        reply.StoreId.Should().Be(SampleIds.Codec.EncodeId(
            new Ews.ImGroups.Domain.Ids.ItemKey(Ews.ImGroups.Domain.Ids.ItemKind.Group, Users.AliceMailbox, Users.FirstGroupRow)));
    }
}
