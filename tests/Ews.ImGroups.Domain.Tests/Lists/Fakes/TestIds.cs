using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

/// <summary>Mailboxes and item ids as clients send them.</summary>
internal static class TestIds
{
    public const long Alice = 1;

    /// <summary>The codec the services under test read ids with.</summary>
    public static ItemIdCodec Codec { get; } = new(new byte[ItemIdCodec.KeyLength]);

    public const long Bob = 2;

    /// <summary>A string no id decodes from.</summary>
    public const string Malformed = "not an id";

    /// <summary>Decodes as base64 of the right length, but not in this server's format.</summary>
    public const string WrongFormat = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    public static string Of(ImGroup group) => Codec.EncodeId(group.Key);

    public static string Of(ImContact contact) => Codec.EncodeId(contact.Key);

    public static string UnknownGroup(long mailboxId) => Codec.EncodeId(new ItemKey(ItemKind.Group, mailboxId, 999_999));

    public static string UnknownContact(long mailboxId) => Codec.EncodeId(new ItemKey(ItemKind.Contact, mailboxId, 999_999));

    /// <summary>Another mailbox's item number presented as if it were the given mailbox's.</summary>
    public static string Forged(ImGroup group, long mailboxId) => Codec.EncodeId(group.Key with { MailboxId = mailboxId });

    public static string Forged(ImContact contact, long mailboxId) => Codec.EncodeId(contact.Key with { MailboxId = mailboxId });
}
