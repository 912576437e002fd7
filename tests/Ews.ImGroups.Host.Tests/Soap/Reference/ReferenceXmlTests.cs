using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class ReferenceXmlTests
{
    [Fact]
    public void Masks_ids_change_keys_times_mailbox_guids_and_build_numbers_and_keeps_the_rest()
    {
        var masked = ReferenceXml.Mask("""
            <r xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
              <t:ServerVersionInfo MajorVersion="15" MajorBuildNumber="349" MinorBuildNumber="0" Version="Exchange2013"/>
              <t:ExchangeStoreId Id="AAMk=" ChangeKey="EgAAAA=="/>
              <t:CreationTime>2012-01-12T22:14:36Z</t:CreationTime>
              <t:Id>0</t:Id>
              <t:Value Name="MailboxGuid">d5fa</t:Value>
              <t:Value Name="Other">kept</t:Value>
              <CreationTime>untyped</CreationTime>
            </r>
            """);

        XmlAssert.Equivalent("""
            <r xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
              <t:ServerVersionInfo MajorVersion="15" MajorBuildNumber="*" MinorBuildNumber="*" Version="Exchange2013"/>
              <t:ExchangeStoreId Id="*" ChangeKey="*"/>
              <t:CreationTime>*</t:CreationTime>
              <t:Id>0</t:Id>
              <t:Value Name="MailboxGuid">*</t:Value>
              <t:Value Name="Other">kept</t:Value>
              <CreationTime>untyped</CreationTime>
            </r>
            """, masked);
    }
}
