using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>Where the servers under test keep their data: a fresh, empty store for every server (or set of replicas) started.</summary>
public interface IStoreKind
{
    /// <summary>A fresh store named after what it is for, and the server arguments that point a server at it.</summary>
    Task<StoreLease> CreateAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>CPU time (user and system) the database's own processes have used so far; none for a store inside the server.</summary>
    TimeSpan? DatabaseCpuTime();
}

/// <summary>A fresh store's server arguments; disposing it removes the store once its servers have stopped.</summary>
public sealed class StoreLease(IReadOnlyList<string> arguments, Func<ValueTask>? remove = null) : IAsyncDisposable
{
    public IReadOnlyList<string> Arguments { get; } = arguments;

    public ValueTask DisposeAsync() => remove?.Invoke() ?? ValueTask.CompletedTask;
}

/// <summary>A SQLite file in a fresh data directory of the scratch space, which bench/run.sh deletes at the end.</summary>
public sealed class SqliteStore(string work) : IStoreKind
{
    public Task<StoreLease> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        var data = Directory.CreateDirectory(Path.Combine(work, name + "-data")).FullName;
        return Task.FromResult(new StoreLease([$"--ConnectionStrings:ImGroups=Data Source={Path.Combine(data, "imgroups.db")}"]));
    }

    public TimeSpan? DatabaseCpuTime() => null;
}

/// <summary>
/// A database of its own on the cluster bench/run.sh started, for each server or set of replicas, dropped when they
/// have stopped. The cluster's CPU time is the postmaster's and its children's, read from /proc.
/// </summary>
public sealed class PostgresStore(string connectionString, string dataFolder) : IStoreKind
{
    private static readonly Lazy<long> ClockTicksPerSecond = new(ReadClockTicks);
    private int created;

    public async Task<StoreLease> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        // Unique over the run, so no server ever meets data another one left.
        var database = $"bench_{Interlocked.Increment(ref created)}_{name.Replace('-', '_')}";
        await ExecuteAsync($"CREATE DATABASE {database}", cancellationToken);
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
        return new StoreLease(
            ["--Ews:Store:Provider=PostgreSql", $"--ConnectionStrings:ImGroups={server}"],
            async () => await ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", CancellationToken.None));
    }

    /// <summary>The server's version, for the report.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        var version = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
        return version.Split(' ', 2)[0];
    }

    /// <summary>
    /// The postmaster's own time, the time of the children it has reaped (backends of connections since closed), and
    /// the time of its children still running: every process of the cluster, whenever it started or ended.
    /// </summary>
    public TimeSpan? DatabaseCpuTime()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataFolder, "postmaster.pid")).First(), NumberStyles.None, CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            var stat = ReadStat(folder);
            if (stat is { } s && (pid == postmaster || s.Parent == postmaster))
            {
                ticks += s.Ticks;
            }
        }

        return TimeSpan.FromSeconds((double)ticks / ClockTicksPerSecond.Value);
    }

    /// <summary>The parent and the CPU ticks of a process and its reaped children (utime, stime, cutime, cstime), or none if it has gone.</summary>
    private static (int Parent, long Ticks)? ReadStat(string folder)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(folder, "stat"));
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name, in parentheses, may hold spaces; the fields after it start with the state (field 3).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15) + Field(16) + Field(17));
    }

    private static long ReadClockTicks()
    {
        var start = new ProcessStartInfo("getconf", ["CLK_TCK"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("getconf did not start.");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return long.Parse(text.Trim(), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
