namespace Ews.ImGroups.Client;

/// <summary>A contact a persona is made of: its id, the folder it lives in and what may be done with it.</summary>
public sealed record PersonaAttribution(
    string Id,
    ItemId? SourceId,
    string? DisplayName,
    bool IsWritable,
    bool IsQuickContact,
    bool IsHidden,
    ItemId? FolderId);
