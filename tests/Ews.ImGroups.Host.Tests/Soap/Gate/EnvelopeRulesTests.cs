using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Soap.Gate;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>The SOAPAction header and the body must name one operation; the rule on its own, beside its wire tests.</summary>
public sealed class EnvelopeRulesTests
{
    private static readonly RequestEnvelope AddImGroup = new(EwsOperations.AddImGroup, "Exchange2013", null, null);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup")]
    [InlineData("\"http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup\"")]
    [InlineData("  AddImGroup  ")]
    public void Action_that_names_the_bodys_operation_or_none_passes(string? soapAction) =>
        EnvelopeRules.Check(AddImGroup, soapAction, "Exchange2013").Should().BeNull();

    [Theory]
    [InlineData("\"http://schemas.microsoft.com/exchange/services/2006/messages/RemoveImGroup\"", "RemoveImGroup")]
    [InlineData("GetImItemList", "GetImItemList")]
    [InlineData("http://schemas.microsoft.com/exchange/services/2006/messages/addimgroup", "addimgroup")]
    [InlineData("urn:other", "urn:other")]
    public void Action_that_names_another_operation_is_an_invalid_request(string soapAction, string named)
    {
        var fault = EnvelopeRules.Check(AddImGroup, soapAction, "Exchange2013");

        fault.Should().NotBeNull();
        fault!.ResponseCode.Should().Be(ResponseCodes.ErrorInvalidRequest);
        fault.Message.Should().Be($"The SOAPAction header names the operation '{named}' but the SOAP body holds 'AddImGroup'.");
    }
}
