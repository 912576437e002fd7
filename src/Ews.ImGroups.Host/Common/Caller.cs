namespace Ews.ImGroups.Host.Common;

/// <summary>Who sent a request, and whether that account may act on other mailboxes.</summary>
public sealed record Caller(string SmtpAddress, bool MayImpersonate);
