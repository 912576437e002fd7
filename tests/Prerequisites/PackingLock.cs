namespace Ews.ImGroups.TestSupport;

/// <summary>
/// Test projects run side by side, and packing the tool writes a few files beside its project: tests that pack hold
/// this lock, one process at a time.
/// </summary>
public static class PackingLock
{
    public static async Task<IDisposable> TakeAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "ews-imgroups-packing.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200);
            }
        }
    }
}
