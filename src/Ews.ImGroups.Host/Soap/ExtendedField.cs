namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// An extended property a <c>GetImItems</c> request asks for, by MAPI property tag. The server knows the display name
/// (<c>PR_DISPLAY_NAME</c>, <c>0x3001</c>) of groups and contacts; other properties are not set on its items, and
/// Exchange leaves properties that are not set out of the answer.
/// </summary>
public sealed record ExtendedField(string PropertyTag, string PropertyType)
{
    public const int DisplayNameTag = 0x3001;

    public static IReadOnlyList<ExtendedField> None { get; } = [];

    /// <summary>The fields the server can answer, as the request spelled them; others are passed over.</summary>
    public static IReadOnlyList<ExtendedField> Known(IEnumerable<(string? PropertyTag, string? PropertyType)> requested)
    {
        List<ExtendedField>? known = null;
        foreach (var (tag, type) in requested)
        {
            if (tag is not null && type == "String" && IsDisplayName(tag) && known?.Exists(f => f.PropertyTag == tag) != true)
            {
                (known ??= []).Add(new ExtendedField(tag, type));
            }
        }

        return known ?? None;
    }

    /// <summary>The schema allows a tag in hexadecimal (<c>0x3001</c>) or decimal (<c>12289</c>).</summary>
    private static bool IsDisplayName(string tag) =>
        tag.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(tag.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var hex) && hex == DisplayNameTag
            : int.TryParse(tag, out var number) && number == DisplayNameTag;
}
