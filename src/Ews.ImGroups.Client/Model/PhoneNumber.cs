namespace Ews.ImGroups.Client;

/// <summary>A telephone number and its kind (<c>Business</c>, <c>Home</c>, <c>Mobile</c>, <c>Other</c>, …).</summary>
public sealed record PhoneNumber(string Number, string? Type);
