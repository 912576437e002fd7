namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>What the gate learned from a valid request before handing it to the service.</summary>
public sealed record RequestEnvelope(
    string Operation,
    string? RequestServerVersion,
    string? MailboxCulture,
    ImpersonationTarget? Impersonation);

/// <summary>The account an <c>ExchangeImpersonation</c> header names, by the <c>ConnectingSID</c> child used.</summary>
public sealed record ImpersonationTarget(ConnectingSidKind Kind, string Value);

public enum ConnectingSidKind
{
    PrincipalName,
    Sid,
    PrimarySmtpAddress,
    SmtpAddress,
}
