using Ews.ImGroups.Host.Journal;

namespace Ews.ImGroups.Host.Tests.Journal;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("<wsse:Password>hunter2</wsse:Password>", "<wsse:Password>(removed)</wsse:Password>")]
    [InlineData("<Password Type=\"PasswordText\">hunter2</Password>", "<Password Type=\"PasswordText\">(removed)</Password>")]
    [InlineData("<wsse:Password><![CDATA[hunter2]]></wsse:Password>", "<wsse:Password>(removed)</wsse:Password>")]
    [InlineData("<PASSWORD><!--x-->hunter2<!--y--></PASSWORD>", "<PASSWORD>(removed)</PASSWORD>")]
    [InlineData("<wsse:Nonce>abc</wsse:Nonce><t:BinarySecurityToken>tok</t:BinarySecurityToken>", "<wsse:Nonce>(removed)</wsse:Nonce><t:BinarySecurityToken>(removed)</t:BinarySecurityToken>")]
    [InlineData("<Password>hunter2", "<Password>(removed)")]
    [InlineData("<Password/><m:PasswordHint>kept</m:PasswordHint>", "<Password/><m:PasswordHint>kept</m:PasswordHint>")]
    [InlineData("<m:DisplayName>Password</m:DisplayName>", "<m:DisplayName>Password</m:DisplayName>")]
    [InlineData("<Password", "<Password")]
    public void Secret_element_content_is_replaced_whatever_it_holds(string xml, string expected) =>
        Redaction.Xml(xml).Should().Be(expected);

    [Fact]
    public void Many_unclosed_secret_tags_take_one_pass()
    {
        var hostile = string.Concat(Enumerable.Repeat("<Password ", 20_000)) + ">secret";

        Redaction.Xml(hostile).Should().EndWith(">(removed)");
    }
}
