using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Schemas;

/// <summary>The response check every wire test relies on does reject responses that break the schemas.</summary>
public sealed class ResponseSchemaTests
{
    [Fact]
    public void Reference_success_response_is_valid()
    {
        var response = XDocument.Parse(Responses.AddImGroupSuccess("MyCustomGroup", "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MAAA=", "EgAAAA=="));

        ResponseSchema.Errors(response).Should().BeEmpty();
    }

    [Theory]
    [InlineData("<ResponseCode>NoError</ResponseCode>", "<ResponseCode>NoSuchCode</ResponseCode>")]
    [InlineData("ResponseClass=\"Success\"", "ResponseClass=\"Fine\"")]
    [InlineData("<GroupType xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">IPM.DistList.MOC.UserGroup</GroupType>", "")]
    [InlineData("MajorVersion=\"15\"", "MajorVersion=\"fifteen\"")]
    public void Broken_response_is_reported(string part, string replacement)
    {
        var broken = Responses.AddImGroupSuccess("MyCustomGroup", "AAMk", "EgAAAA==").Replace(part, replacement, StringComparison.Ordinal);

        ResponseSchema.Errors(XDocument.Parse(broken)).Should().NotBeEmpty();
    }
}
