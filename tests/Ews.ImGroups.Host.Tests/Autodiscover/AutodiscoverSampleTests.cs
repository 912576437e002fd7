using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Autodiscover;

/// <summary>The sample Autodiscover request gets Alice's settings, so the request file and ews.http stay right.</summary>
public sealed class AutodiscoverSampleTests() : ServerTest()
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "autodiscover", "autodiscover.xml");

    [Fact]
    public async Task Sample_request_gets_Alice_s_settings()
    {
        var reply = await Client.Http.PostAsync(await File.ReadAllTextAsync(Sample));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice), reply.Body);
    }
}
