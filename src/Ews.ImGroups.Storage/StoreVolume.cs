namespace Ews.ImGroups.Storage;

/// <summary>
/// How much room the volume holding a store file has left for the server. Registered in place of <see cref="System"/>,
/// another measure shows a filling disk without filling one.
/// </summary>
public class StoreVolume
{
    public static StoreVolume System { get; } = new();

    /// <summary>The bytes this process may still write on the volume holding <paramref name="folder"/>.</summary>
    public virtual long FreeBytes(string folder) => new DriveInfo(folder).AvailableFreeSpace;
}
