using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

/// <summary>Parallel requests to one mailbox: the rules hold as if the requests had come one at a time.</summary>
public sealed class ImListConcurrencyTests(FixedClockServer server) : ImListTest(server)
{
    [Fact]
    public async Task Fifty_parallel_adds_of_one_address_in_three_spellings_make_one_contact()
    {
        var team = await AddGroupAsync("Team");
        string[] spellings = ["sip:racer@contoso.com", "RACER@CONTOSO.COM", "racer@contoso.com"];

        var replies = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Client.PostAsync(Requests.AddNewImContactToGroup(spellings[i % spellings.Length], groupId: team))));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK && r.ResponseCode == "NoError");
        replies.Select(r => r.PersonaId()).Distinct().Should().ContainSingle().Which.Should().NotBeNull();
        replies.Select(r => r.Body).Distinct().Should().ContainSingle("every answer shows the one contact as it was made");
        var list = await ListAsync();
        list.PersonaIds().Should().Equal(replies[0].PersonaId());
        list.MemberIds(team).Should().Equal(replies[0].SourceIds());
        list.GroupChangeKey(team).Should().Be(ItemIds.GroupChangeKey(1), "the contact joined the group once");
    }

    [Fact]
    public async Task Twenty_parallel_renames_of_different_groups_to_one_name_let_exactly_one_through()
    {
        var groups = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            groups.Add(await AddGroupAsync($"Group {i}"));
        }

        var replies = await Task.WhenAll(groups.Select(g => Client.PostAsync(Requests.SetImGroup(g, "Same"))));

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        replies.Count(r => r.ResponseCode == "NoError").Should().Be(1);
        replies.Where(r => r.ResponseCode != "NoError").Should().HaveCount(19)
            .And.OnlyContain(r => r.ResponseCode == "ErrorImGroupDisplayNameAlreadyExists");
        var names = (await ListAsync()).Xml.Descendants()
            .Where(e => e.Name.LocalName == "ImGroup")
            .Select(g => g.Elements().First(e => e.Name.LocalName == "DisplayName").Value)
            .ToList();
        names.Count(n => n == "Same").Should().Be(1);
        names.Should().HaveCount(23, "three system groups and twenty others, none lost");
        var renamed = groups[Array.FindIndex(replies, r => r.ResponseCode == "NoError")];
        names.Should().Contain(groups.Where(g => g != renamed).Select(g => $"Group {groups.IndexOf(g)}"));
    }
}
