namespace Ews.ImGroups.Host.Common;

/// <summary>Where and why a request failed validation; line and position count in the request as sent.</summary>
public sealed record SchemaViolation(int LineNumber, int LinePosition, string Message);
