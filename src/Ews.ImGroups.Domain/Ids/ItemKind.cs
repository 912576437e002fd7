namespace Ews.ImGroups.Domain.Ids;

/// <summary>What an item id points at; part of the id so a group id is never read as a contact id.</summary>
public enum ItemKind : byte
{
    Group = 0x47,
    Contact = 0x43,
    Persona = 0x50,

    /// <summary>A contact folder of a mailbox; its number is the folder's.</summary>
    Folder = 0x46,

    /// <summary>A user of the directory, as <c>FindPeople</c> shows it; both numbers are the user's mailbox's.</summary>
    DirectoryUser = 0x55,

    /// <summary>A distribution group of the directory, as <c>FindPeople</c> shows it; both numbers are the group's.</summary>
    DirectoryList = 0x4C,
}
