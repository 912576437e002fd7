namespace Ews.ImGroups.Client;

/// <summary>An e-mail address as a persona shows it.</summary>
public sealed record EmailAddress(string? Name, string? Address, string? RoutingType, string? MailboxType = null);
