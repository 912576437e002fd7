using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImAddressesTests
{
    [Theory]
    [InlineData("sip:erin@contoso.com", "erin@contoso.com")]
    [InlineData("erin@contoso.com", "erin@contoso.com")]
    [InlineData("SIP:Erin@Contoso.COM", "erin@contoso.com")]
    [InlineData("  sip:erin@contoso.com  ", "erin@contoso.com")]
    [InlineData("sip: erin@contoso.com", "erin@contoso.com")]
    [InlineData("Sip:+14255550100@contoso.com;user=phone", "+14255550100@contoso.com;user=phone")]
    public void Normalize_spellings_of_one_address_give_one_form(string imAddress, string expected)
    {
        ImAddresses.Normalize(imAddress).Should().Be(expected);
    }

    [Theory]
    [InlineData("sips:erin@contoso.com", "sips:erin@contoso.com")]
    [InlineData("erin.sip:x@contoso.com", "erin.sip:x@contoso.com")]
    [InlineData("sip:sip:erin@contoso.com", "sip:erin@contoso.com")]
    public void Normalize_sip_elsewhere_than_at_the_start_is_kept(string imAddress, string expected)
    {
        ImAddresses.Normalize(imAddress).Should().Be(expected);
    }
}
