using System.Xml.Linq;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>A group of a GetImItemList answer: its id, name, type and member contact ids.</summary>
public sealed record ListedGroupView(string Id, string DisplayName, string GroupType, IReadOnlySet<string> Members);

/// <summary>A persona of a GetImItemList answer, named by the contact it shows.</summary>
public sealed record PersonaView(string PersonaId, string ContactId, string DisplayName, string? ImAddress);

/// <summary>A GetImItemList answer read into groups and personas, for tests that compare whole lists with a model.</summary>
public sealed record ImListView(IReadOnlyList<ListedGroupView> Groups, IReadOnlyList<PersonaView> Personas)
{
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    public static ImListView Read(EwsReply reply)
    {
        var groups = reply.Xml.Descendants(Types + "ImGroup")
            .Select(g => new ListedGroupView(
                g.Element(Types + "ExchangeStoreId")!.Attribute("Id")!.Value,
                g.Element(Types + "DisplayName")!.Value,
                g.Element(Types + "GroupType")!.Value,
                g.Elements(Types + "MemberCorrelationKey").Elements(Types + "ItemId")
                    .Select(i => i.Attribute("Id")!.Value)
                    .ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var personas = reply.Xml.Descendants(Types + "Persona")
            .Select(p => new PersonaView(
                p.Element(Types + "PersonaId")!.Attribute("Id")!.Value,
                p.Descendants(Types + "SourceId").Single().Attribute("Id")!.Value,
                p.Element(Types + "DisplayName")!.Value,
                p.Element(Types + "ImAddress")?.Value))
            .ToList();
        return new ImListView(groups, personas);
    }

    public IEnumerable<ListedGroupView> UserGroups => Groups.Where(g => g.GroupType == GroupTypes.UserGroup);

    public ListedGroupView SystemGroup(string groupType) => Groups.Single(g => g.GroupType == groupType);

    public ListedGroupView? Group(string id) => Groups.SingleOrDefault(g => g.Id == id);

    /// <summary>
    /// Checks what every answer must show, whatever ran before it: each system group once, ids and names unique,
    /// every member shown as a persona and every persona a member of some group.
    /// </summary>
    public void AssertWhole(string because)
    {
        foreach (var (_, groupType) in SystemGroups.All)
        {
            Groups.Count(g => g.GroupType == groupType).Should().Be(1, "each system group is listed once ({0})", because);
        }

        Groups.Select(g => g.Id).Should().OnlyHaveUniqueItems(because);
        Groups.Select(g => g.DisplayName.Trim().ToUpperInvariant()).Should().OnlyHaveUniqueItems("group names are unique ({0})", because);
        Personas.Select(p => p.ContactId).Should().OnlyHaveUniqueItems(because);
        var members = Groups.SelectMany(g => g.Members).ToHashSet(StringComparer.Ordinal);
        Personas.Select(p => p.ContactId).Should().BeEquivalentTo(members, "personas are exactly the contacts in some group ({0})", because);
    }
}
