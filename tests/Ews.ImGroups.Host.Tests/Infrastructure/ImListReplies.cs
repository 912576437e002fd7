using System.Xml.Linq;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Reads the parts of GetImItemList, GetImItems and AddNew* answers that tests join or compare.</summary>
public static class ImListReplies
{
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    /// <summary>The persona's id: of the first persona in the answer.</summary>
    public static string? PersonaId(this EwsReply reply) => reply.Xml.Descendants(Types + "PersonaId").FirstOrDefault()?.Attribute("Id")?.Value;

    /// <summary>The listed groups' ExchangeStoreId Ids, in list order.</summary>
    public static List<string> GroupIds(this EwsReply reply) =>
        reply.Xml.Descendants(Types + "ImGroup").Select(g => g.Element(Types + "ExchangeStoreId")!.Attribute("Id")!.Value).ToList();

    /// <summary>The ItemId Ids of one group's MemberCorrelationKey.</summary>
    public static List<string> MemberIds(this EwsReply reply, string groupId) =>
        Group(reply, groupId).Elements(Types + "MemberCorrelationKey").Elements(Types + "ItemId").Select(i => i.Attribute("Id")!.Value).ToList();

    public static string? GroupChangeKey(this EwsReply reply, string groupId) =>
        Group(reply, groupId).Element(Types + "ExchangeStoreId")!.Attribute("ChangeKey")?.Value;

    /// <summary>The Attribution SourceId Ids of every persona, in list order: the contacts the personas show.</summary>
    public static List<string> SourceIds(this EwsReply reply) =>
        reply.Xml.Descendants(Types + "SourceId").Select(s => s.Attribute("Id")!.Value).ToList();

    public static List<string> PersonaIds(this EwsReply reply) =>
        reply.Xml.Descendants(Types + "PersonaId").Select(p => p.Attribute("Id")!.Value).ToList();

    /// <summary>The CreationTime of the persona with the id, as written; seeded contacts are stamped by the real clock.</summary>
    public static string CreationTimeOf(this EwsReply reply, string personaId) =>
        reply.Xml.Descendants(Types + "PersonaId").Single(p => p.Attribute("Id")!.Value == personaId)
            .Parent!.Element(Types + "CreationTime")!.Value;

    private static XElement Group(EwsReply reply, string groupId) =>
        reply.Xml.Descendants(Types + "ImGroup")
            .Single(g => g.Element(Types + "ExchangeStoreId")!.Attribute("Id")!.Value == groupId);
}
