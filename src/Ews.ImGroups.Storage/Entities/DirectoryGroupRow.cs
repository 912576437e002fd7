namespace Ews.ImGroups.Storage.Entities;

/// <summary>A distribution group of the server's directory, loaded from the seed.</summary>
public sealed class DirectoryGroupRow
{
    public long Id { get; set; }

    public required string SmtpAddress { get; set; }

    public required string DisplayName { get; set; }
}
