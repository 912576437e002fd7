using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>
/// Where an answer declares its namespaces, byte for byte: most of the reference's example answers declare only the
/// SOAP prefix on the envelope, <c>xmlns:h</c> first on <c>ServerVersionInfo</c>, and the XML Schema prefixes on the
/// body, instance first.
/// </summary>
public sealed class EnvelopeLayoutWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Start =
        """<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Header>""" +
        """<h:ServerVersionInfo MajorVersion="15" MinorVersion="0" MajorBuildNumber="349" MinorBuildNumber="0" Version="Exchange2013" """ +
        """xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types" xmlns="http://schemas.microsoft.com/exchange/services/2006/types" """ +
        """xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" /></s:Header>""" +
        """<s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">""";

    [Fact]
    public async Task Success_answer_declares_its_namespaces_where_the_reference_does()
    {
        var reply = await Client.PostAsync(Requests.GetImItemList());

        reply.Body.Should().StartWith(Start + "<GetImItemListResponse ResponseClass=\"Success\"");
        reply.Body.Should().EndWith("</GetImItemListResponse></s:Body></s:Envelope>");
    }

    [Fact]
    public async Task Error_answer_declares_its_namespaces_where_the_reference_does()
    {
        var reply = await Client.PostAsync(Requests.SetImGroup(Users.AliceFavorites, "Renamed"));

        reply.Body.Should().StartWith(Start + "<SetImGroupResponse ResponseClass=\"Error\"");
    }
}
