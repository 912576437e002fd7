namespace Ews.ImGroups.Admin.Wire;

/// <summary>The fields of an RFC 9457 problem details answer the client reads.</summary>
internal sealed record Problem(string? Type, string? Title, int? Status, string? Detail, string? Instance);
