namespace Ews.ImGroups.Domain.Lists;

/// <summary>A distribution group of the server's directory, which lists may show as an IM group.</summary>
public sealed record DirectoryGroup(string SmtpAddress, string DisplayName);
