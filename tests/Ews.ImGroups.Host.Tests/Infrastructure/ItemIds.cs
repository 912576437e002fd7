using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// Ids of Alice's items by row, as the server issues them. Contact rows 1 to 3 are Alice's seeded contacts and row 4
/// is Bob's, so the first contact created over EWS is row 5.
/// </summary>
public static class ItemIds
{
    public const string NewGroupChangeKey = "EgAAAA==";

    public const string NewContactChangeKey = "EQAAAA==";

    public const long FirstNewContactRow = 5;

    public static string AliceGroup(long row) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.AliceMailbox, row));

    public static string AliceContact(long row) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Contact, Users.AliceMailbox, row));

    public static string AlicePersona(long row) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Persona, Users.AliceMailbox, row));

    /// <summary>The number of the Contacts folder in its id; Quick Contacts follows.</summary>
    public const long ContactsFolder = 1;

    public const long QuickContactsFolder = 2;

    public static string AliceFolder(long number) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Folder, Users.AliceMailbox, number));

    public static string GroupChangeKey(int version) => ItemIdCodec.EncodeChangeKey(ItemKind.Group, version);
}
