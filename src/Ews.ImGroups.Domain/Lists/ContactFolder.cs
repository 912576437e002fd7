using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// The folder of the mailbox that holds a contact, which its persona's attribution names. The numbers are stored.
/// </summary>
public enum ContactFolder
{
    /// <summary>The mailbox's own address book (Outlook's Contacts folder); the IM list never deletes these.</summary>
    Contacts = 0,

    /// <summary>Quick Contacts, where Exchange puts a contact an IM client adds by address.</summary>
    QuickContacts = 1,

    /// <summary>Lync Contacts, where the telephone contacts an IM client adds live; read-only to other clients.</summary>
    LyncContacts = 2,
}

/// <summary>How a contact folder is named by an id: the first folder is 1, as ids number items from 1.</summary>
public static class ContactFolders
{
    public static ItemKey Key(long mailboxId, ContactFolder folder) => new(ItemKind.Folder, mailboxId, (long)folder + 1);

    /// <summary>The folder a folder id's number names, or null for a number no folder has.</summary>
    public static ContactFolder? FromNumber(long number) =>
        number is >= 1 and <= int.MaxValue && Enum.IsDefined((ContactFolder)(int)(number - 1)) ? (ContactFolder)(int)(number - 1) : null;
}
