namespace Ews.ImGroups.Storage;

/// <summary>
/// How much room the volume holding a store file has left for the server. Registered in place of <see cref="System"/>,
/// another measure shows a filling disk without filling one.
/// </summary>
public class StoreVolume
{
    public static StoreVolume System { get; } = new();

    /// <summary>
    /// The bytes this process may still write on the volume holding <paramref name="folder"/>, or null when the
    /// operating system cannot tell (Windows, for instance, measures no network share by its path).
    /// </summary>
    public virtual long? FreeBytes(string folder)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
