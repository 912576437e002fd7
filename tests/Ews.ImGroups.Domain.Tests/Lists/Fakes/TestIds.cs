using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

/// <summary>Mailboxes and item ids as clients send them.</summary>
internal static class TestIds
{
    public const long Alice = 1;
    public const long Bob = 2;

    /// <summary>A string no id decodes from.</summary>
    public const string Malformed = "not an id";

    /// <summary>Decodes as base64 of the right length, but not in this server's format.</summary>
    public const string WrongFormat = "AAAAAAAAAAAAAAAAAAAAAAAA";

    public static string Of(ImGroup group) => ItemIdCodec.EncodeId(group.Key);

    public static string Of(ImContact contact) => ItemIdCodec.EncodeId(contact.Key);

    public static string UnknownGroup(long mailboxId) => ItemIdCodec.EncodeId(new ItemKey(ItemKind.Group, mailboxId, 999_999));

    public static string UnknownContact(long mailboxId) => ItemIdCodec.EncodeId(new ItemKey(ItemKind.Contact, mailboxId, 999_999));

    /// <summary>Another mailbox's item number presented as if it were the given mailbox's.</summary>
    public static string Forged(ImGroup group, long mailboxId) => ItemIdCodec.EncodeId(group.Key with { MailboxId = mailboxId });

    public static string Forged(ImContact contact, long mailboxId) => ItemIdCodec.EncodeId(contact.Key with { MailboxId = mailboxId });
}
