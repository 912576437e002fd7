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
