using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

/// <summary>
/// A test that sends a reference page's example request to the state the page describes and expects the page's
/// example response, masked by <see cref="ReferenceXml"/>.
/// </summary>
public abstract class ReferenceTest(FixedClockServer shared) : ImListTest(shared)
{
    /// <summary>Compares the answer with the page's example as whole XML.</summary>
    protected static void AssertExample(string example, EwsReply reply) =>
        XmlAssert.Equivalent(ReferenceXml.Mask(example), ReferenceXml.Mask(reply.Body));

    /// <summary>Adds contacts and groups to a mailbox through the control API, in the seed file's shape.</summary>
    protected async Task SeedImListAsync(string mailbox, string json)
    {
        var (status, _) = await AdminHttp.PostJsonAsync(Client.Http, $"/admin/api/mailboxes/{mailbox}/imlist", json);
        status.Should().Be(HttpStatusCode.NoContent);
    }

    /// <summary>Adds to the store's directory through the control API, in the seed file's shape.</summary>
    protected async Task SeedAsync(string json)
    {
        var (status, _) = await AdminHttp.PostJsonAsync(Client.Http, "/admin/api/seed", json);
        status.Should().Be(HttpStatusCode.NoContent);
    }
}
