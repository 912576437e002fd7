namespace Ews.ImGroups.Host.Photos;

/// <summary>
/// The size codes of <c>t:UserPhotoSizeType</c>. The server keeps one image per user and serves it for every size, as
/// Exchange serves the largest it has when the size asked for is not stored.
/// </summary>
public static class UserPhotoSizes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "HR48x48", "HR64x64", "HR96x96", "HR120x120", "HR240x240", "HR360x360", "HR432x432", "HR504x504", "HR648x648",
        "HR1024xN", "HR1920xN",
    ];

    /// <summary>Size codes are matched as written, as the schema matches them in a SOAP request.</summary>
    public static bool IsKnown(string? size) => size is not null && All.Contains(size, StringComparer.Ordinal);
}
