using System.Xml.Linq;
using Ews.ImGroups.Host.Dashboard;

namespace Ews.ImGroups.Host.Tests.Dashboard;

public sealed class XmlFormattingTests
{
    [Fact]
    public void One_line_document_is_indented_and_keeps_its_declaration()
    {
        const string xml = """<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="urn:s"><s:Body><m:Op xmlns:m="urn:m" a="1"><m:Name>Team</m:Name><m:Empty/></m:Op></s:Body></s:Envelope>""";

        var indented = XmlFormatting.Indent(xml);

        indented.Should().Be("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="urn:s">
              <s:Body>
                <m:Op xmlns:m="urn:m" a="1">
                  <m:Name>Team</m:Name>
                  <m:Empty />
                </m:Op>
              </s:Body>
            </s:Envelope>
            """);
    }

    [Fact]
    public void Whitespace_that_is_all_an_element_holds_is_kept()
    {
        const string xml = "<a>\n   <b>   </b>\n   <c> x </c>\n</a>";

        var indented = XmlFormatting.Indent(xml);

        indented.Should().Be("<a>\n  <b>   </b>\n  <c> x </c>\n</a>");
    }

    [Fact]
    public void Comments_CDATA_and_processing_instructions_come_through()
    {
        const string xml = "<a><!-- note --><b><![CDATA[<raw>]]></b><?pi data?></a>";

        var indented = XmlFormatting.Indent(xml);

        XNode.DeepEquals(XDocument.Parse(indented), XDocument.Parse(xml)).Should().BeTrue(indented);
        indented.Should().Contain("<![CDATA[<raw>]]>").And.Contain("<!-- note -->").And.Contain("<?pi data?>");
    }

    [Theory]
    [InlineData("<a><b>cut sho")]
    [InlineData("not xml at all")]
    [InlineData("<a/><b/>")]
    public void Text_that_is_not_well_formed_comes_back_as_it_was(string text)
    {
        XmlFormatting.Indent(text).Should().Be(text);
    }

    [Fact]
    public void Document_type_declarations_are_refused_so_no_entity_is_expanded_or_fetched()
    {
        var xml = $"""
            <!DOCTYPE a [<!ENTITY local SYSTEM "file://{Path.GetFullPath("/etc/hostname")}"><!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;">]>
            <a>&local;&y;</a>
            """;

        XmlFormatting.Indent(xml).Should().Be(xml);
    }
}
