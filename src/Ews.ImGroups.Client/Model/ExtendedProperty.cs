namespace Ews.ImGroups.Client;

/// <summary>The value of a MAPI property; multi-valued properties carry <see cref="Values"/> instead.</summary>
public sealed record ExtendedProperty(ExtendedFieldUri FieldUri, string? Value, IReadOnlyList<string> Values);
