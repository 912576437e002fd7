using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Soap.Gate;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>The WSDL and schemas are served for tooling, and they are the files the server validates with.</summary>
public sealed class ServiceDescriptionWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/wsdl/soap/";

    [Theory]
    [InlineData("/EWS/messages.xsd", "messages.xsd")]
    [InlineData("/ews/types.xsd", "types.xsd")]
    public async Task Schemas_are_served_as_the_validator_reads_them(string path, string file)
    {
        using var response = await Client.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        (await response.Content.ReadAsStringAsync()).Should().Be(await File.ReadAllTextAsync(Path.Combine(EwsSchemas.Directory, file)));
    }

    [Fact]
    public async Task WSDL_names_the_server_itself_and_exactly_the_served_operations()
    {
        var wsdl = XDocument.Parse(await Client.Http.GetStringAsync("/EWS/Services.wsdl"));

        wsdl.Descendants(Soap + "address").Should().ContainSingle()
            .Which.Attribute("location")!.Value.Should().Be($"{Client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/EWS/Exchange.asmx");
        wsdl.Descendants(Wsdl + "portType").Should().ContainSingle();
        wsdl.Descendants(Wsdl + "portType").Elements(Wsdl + "operation").Select(o => o.Attribute("name")!.Value)
            .Should().BeEquivalentTo(EwsOperations.All);
        wsdl.Descendants(Soap + "operation").Select(o => o.Attribute("soapAction")!.Value)
            .Should().BeEquivalentTo(EwsOperations.All.Select(o => EwsOperations.ActionPrefix + o));
    }

    [Fact]
    public async Task WSDL_types_resolve_through_the_served_schemas()
    {
        var wsdl = XDocument.Parse(await Client.Http.GetStringAsync("/EWS/Services.wsdl"));
        var set = new XmlSchemaSet { XmlResolver = new ServedSchemas(Client.Http) };
        foreach (var schema in wsdl.Descendants(XNamespace.Get(XmlSchema.Namespace) + "schema"))
        {
            using var reader = schema.CreateReader();
            set.Add(XmlSchema.Read(reader, null)!);
        }

        set.Compile();

        foreach (var operation in EwsOperations.All)
        {
            set.GlobalElements.Contains(new XmlQualifiedName(operation, EwsNamespaces.Messages)).Should().BeTrue(operation);
            set.GlobalElements.Contains(new XmlQualifiedName(operation + "Response", EwsNamespaces.Messages)).Should().BeTrue(operation);
        }
    }

    /// <summary>Fetches imported schemas from the test server, as a client would from the WSDL's address.</summary>
    private sealed class ServedSchemas(HttpClient http) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            http.GetStreamAsync("/EWS/" + Path.GetFileName(absoluteUri.LocalPath)).GetAwaiter().GetResult();
    }
}
