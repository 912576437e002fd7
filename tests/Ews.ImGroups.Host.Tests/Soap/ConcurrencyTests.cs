using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>The server of <see cref="ConcurrencyTests"/>: room for a thousand groups a mailbox.</summary>
public sealed class ManyGroupsServer() : SharedServer(new Dictionary<string, string?> { ["Ews:MaxGroupsPerMailbox"] = "1000" });

public sealed class ConcurrencyTests(ManyGroupsServer server) : SharedServerTest<ManyGroupsServer>(server)
{
    [Fact]
    public async Task Fifty_parallel_adds_of_one_name_create_exactly_one_group()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Client.PostAsync(Requests.AddImGroup("Race"))));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        replies.Count(r => r.ResponseCode == "NoError").Should().Be(1);
        replies.Count(r => r.ResponseCode == "ErrorImGroupDisplayNameAlreadyExists").Should().Be(49);
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle();
    }

    [Fact]
    public async Task Two_hundred_parallel_distinct_names_create_two_hundred_groups()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Client.PostAsync(Requests.AddImGroup($"Group {i}"))));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK && r.ResponseCode == "NoError");
        replies.Select(r => r.StoreId).Should().OnlyHaveUniqueItems();
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().HaveCount(200);
    }
}
