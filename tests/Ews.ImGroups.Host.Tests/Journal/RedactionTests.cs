using System.Text;
using Ews.ImGroups.Host.Journal;
using Microsoft.AspNetCore.Http;

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

    [Fact]
    public void Headers_keep_the_Basic_user_and_drop_passwords_tokens_cookies_and_unknown_headers()
    {
        var request = Request(
            ("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice@contoso.com:hunter2"))),
            ("Content-Type", "text/xml; charset=utf-8"),
            ("SOAPAction", "\"AddImGroup\""),
            ("User-Agent", "pidgin-sipe"),
            ("Cookie", "ews-imgroups-admin=secret"),
            ("X-Admin-Token", "secret"));

        Redaction.Headers(request).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["Authorization"] = "Basic alice@contoso.com (removed)",
            ["Content-Type"] = "text/xml; charset=utf-8",
            ["SOAPAction"] = "\"AddImGroup\"",
            ["User-Agent"] = "pidgin-sipe",
        });
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30.signature", "Bearer (removed)")]
    [InlineData("Basic not-base64!", "Basic (removed)")]
    [InlineData("Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag", "Negotiate (removed)")]
    public void Other_credentials_keep_only_their_scheme(string authorization, string shown) =>
        Redaction.Headers(Request(("Authorization", authorization)))["Authorization"].Should().Be(shown);

    private static HttpRequest Request(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        return context.Request;
    }
}
