using System.Reflection;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Schemas;

/// <summary>Lists the code keeps beside the schemas say the same as the schemas.</summary>
public sealed class SchemaConstantsTests
{
    [Fact]
    public void Every_response_code_the_server_returns_is_in_the_schema_and_the_other_way_round()
    {
        var returned = typeof(ResponseCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        returned.Should().BeEquivalentTo(ResponseSchema.ResponseCodes);
    }

    [Fact]
    public void Exchange_versions_are_the_schema_enumeration_in_its_order()
    {
        ExchangeVersions.All.Should().Equal(ResponseSchema.ExchangeVersions);
    }
}
