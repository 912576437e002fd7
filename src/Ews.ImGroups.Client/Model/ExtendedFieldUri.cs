namespace Ews.ImGroups.Client;

/// <summary>
/// Names a MAPI property: by tag (<c>0x3001</c>), or by property set and name or id. Asked for in GetImItemList and
/// GetImItems, and named again by each value that comes back.
/// </summary>
public sealed record ExtendedFieldUri(string PropertyType)
{
    public string? PropertyTag { get; init; }

    public string? DistinguishedPropertySetId { get; init; }

    public string? PropertySetId { get; init; }

    public string? PropertyName { get; init; }

    public int? PropertyId { get; init; }

    /// <summary>A property named by its tag, such as <c>0x3001</c> (the display name) of type <c>String</c>.</summary>
    public static ExtendedFieldUri Tagged(string propertyTag, string propertyType) => new(propertyType) { PropertyTag = propertyTag };
}
