using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Samples;

/// <summary>The sample requests, sent in order to a fresh server, get the response codes their file names promise.</summary>
public sealed class SampleRequestTests() : ServerTest()
{
    public static string[] Files { get; } = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "requests"), "*.xml")
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public async Task Every_sample_gets_the_response_code_its_name_promises()
    {
        Files.Should().HaveCountGreaterThan(10);
        foreach (var file in Files)
        {
            var expected = Path.GetExtension(Path.GetFileNameWithoutExtension(file)).TrimStart('.');

            var reply = await Client.SendAsync(await File.ReadAllBytesAsync(file), soapAction: null, asUser: Users.Alice);

            reply.ResponseCode.Should().Be(expected, Path.GetFileName(file));
            reply.Status.Should().Be(
                reply.Fault is null ? HttpStatusCode.OK : HttpStatusCode.InternalServerError, Path.GetFileName(file));
        }

        (await Server.GroupsAsync(Users.BobMailbox)).Select(g => g.DisplayName).Should().Equal("Book club");
    }
}
