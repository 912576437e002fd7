namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// The file the Lua script reads to spread requests over mailboxes: one line per mailbox, its Authorization header
/// and, for requests that name a group, a tab and the group's id.
/// </summary>
public static class TargetList
{
    public static async Task<string> WriteAsync(string path, IEnumerable<(string UserName, string? GroupId)> targets, CancellationToken cancellationToken = default)
    {
        var lines = targets.Select(t => t.GroupId is null ? Mailboxes.Authorization(t.UserName) : $"{Mailboxes.Authorization(t.UserName)}\t{t.GroupId}");
        await File.WriteAllLinesAsync(path, lines, cancellationToken);
        return path;
    }

    public static Task<string> WriteAsync(string path, IEnumerable<string> userNames, CancellationToken cancellationToken = default) =>
        WriteAsync(path, userNames.Select(u => (u, (string?)null)), cancellationToken);
}
