using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ews.ImGroups.TestSupport.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL cluster in a temporary folder, reachable on a free loopback port with trust
/// authentication as the superuser <c>postgres</c>. One cluster serves every test of a process
/// (<see cref="SharedAsync"/>), each test taking a database of its own; a test that stops and starts the server
/// starts a private cluster (<see cref="StartPrivateAsync"/>). Clusters still running when the process ends are
/// stopped and their folders deleted then, and a watcher outside the process does the same should it die without
/// that (the test runner kills its test process without waiting for exit handlers to finish).
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string FolderPrefix = "ews-imgroups-pg-";
    private const string Superuser = "postgres";

    /// <summary>
    /// Waits for the test process to end, then stops the server and deletes the folder if the process left them.
    /// Arguments: process id, cluster folder, pg_ctl, and whether pg_ctl must run as the postgres user.
    /// </summary>
    private const string WatcherScript = """
        exec </dev/null >/dev/null 2>&1
        while kill -0 "$1"; do sleep 1; done
        if [ -f "$2/data/postmaster.pid" ]; then
          if [ "$4" = postgres ]; then runuser -u postgres -- "$3" stop -D "$2/data" -m immediate -w; else "$3" stop -D "$2/data" -m immediate -w; fi
        fi
        rm -rf "$2"
        """;

    private static readonly object SharedGate = new();
    private static readonly ConcurrentDictionary<PostgresCluster, byte> Running = new();
    private static Task<PostgresCluster>? shared;

    private readonly Binaries binaries;
    private readonly string folder;
    private readonly bool isShared;
    private readonly SemaphoreSlim stateGate = new(1, 1);
    private bool running;
    private bool disposed;

    static PostgresCluster() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAllAtExit();

    private PostgresCluster(Binaries binaries, string folder, bool isShared)
    {
        this.binaries = binaries;
        this.folder = folder;
        this.isShared = isShared;
    }

    /// <summary>Whether this is the cluster every test of the process shares, which no test may stop.</summary>
    public bool IsShared => isShared;

    /// <summary>The loopback TCP port the server listens on, the same across <see cref="StopAsync"/> and <see cref="StartAsync"/>.</summary>
    public int Port { get; private set; }

    private string DataFolder => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    /// <summary>
    /// The process's shared cluster, started on first use. Skips the calling test (or fails it under
    /// EWS_IMGROUPS_REQUIRE_ALL_TESTS) when PostgreSQL is not installed.
    /// </summary>
    public static Task<PostgresCluster> SharedAsync()
    {
        var found = Binaries.Require();
        lock (SharedGate)
        {
            return shared ??= Task.Run(() => StartNewAsync(found, isShared: true));
        }
    }

    /// <summary>
    /// A cluster of the caller's own, which may be stopped and started (to play a database outage) without
    /// disturbing other tests; disposing it stops it and deletes its folder.
    /// </summary>
    public static Task<PostgresCluster> StartPrivateAsync() => StartNewAsync(Binaries.Require(), isShared: false);

    /// <summary>An Npgsql connection string for <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = Superuser,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates a new, empty database with a unique name and returns the connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var database = "test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE {Quote(database)}", cancellationToken).ConfigureAwait(false);
        return ConnectionString(database);
    }

    /// <summary>Drops the database a connection string names, ending any sessions still connected to it.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));

        // The pool's idle connections would only be ended by the drop; closing them first keeps them from being handed out later.
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are ended); the data stays for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        RefuseOnShared();
        await stateGate.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (running)
            {
                await StopServerAsync().ConfigureAwait(false);
                running = false;
            }
        }
        finally
        {
            stateGate.Release();
        }
    }

    /// <summary>Starts the stopped server again on the same port, over the same data.</summary>
    public async Task StartAsync()
    {
        RefuseOnShared();
        await stateGate.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (!running)
            {
                await StartServerAsync().ConfigureAwait(false);
                running = true;
            }
        }
        finally
        {
            stateGate.Release();
        }
    }

    /// <summary>Stops a private cluster and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        RefuseOnShared();
        await stateGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            Running.TryRemove(this, out _);
            if (running)
            {
                running = false;
                await StopServerAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
        }
        finally
        {
            stateGate.Release();
        }
    }

    private static async Task<PostgresCluster> StartNewAsync(Binaries binaries, bool isShared)
    {
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var cluster = new PostgresCluster(binaries, folder, isShared);
        Running.TryAdd(cluster, 0);
        try
        {
            WatchOwner(binaries, folder);
            await cluster.InitializeAsync().ConfigureAwait(false);
            await cluster.StartOnFreePortAsync().ConfigureAwait(false);
            cluster.running = true;
            return cluster;
        }
        catch
        {
            Running.TryRemove(cluster, out _);
            cluster.StopAndDelete();
            throw;
        }
    }

    /// <summary>Starts the watcher in a session of its own, so it outlives the test process and whatever kills it.</summary>
    private static void WatchOwner(Binaries binaries, string folder)
    {
        string[] arguments =
        [
            "-f", "sh", "-c", WatcherScript, "watcher",
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture), folder, binaries.PgCtl, binaries.RunAsPostgresUser ? Superuser : "self",
        ];
        var start = new ProcessStartInfo("setsid", arguments) { UseShellExecute = false };

        using var setsid = Process.Start(start) ?? throw new InvalidOperationException("setsid did not start.");
        setsid.WaitForExit();
    }

    private async Task InitializeAsync()
    {
        if (binaries.RunAsPostgresUser)
        {
            // PostgreSQL refuses to run as root, so the folder belongs to the user it runs as instead.
            await RunAsync("chown", [$"{Superuser}:", folder], asServerUser: false).ConfigureAwait(false);
        }

        await RunAsync(
            binaries.InitDb,
            ["-D", DataFolder, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            asServerUser: true).ConfigureAwait(false);

        // The socket goes into the cluster's folder, so the server needs nothing under /var/run; durability is not
        // wanted of a throwaway cluster, so writes skip flushing to disk.
        var settings = $"""

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{folder.Replace("'", "''", StringComparison.Ordinal)}'
            max_connections = 300
            shared_buffers = 32MB
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            """;
        await File.AppendAllTextAsync(Path.Combine(DataFolder, "postgresql.conf"), settings + "\n").ConfigureAwait(false);
    }

    private async Task StartOnFreePortAsync()
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await StartServerAsync().ConfigureAwait(false);
                return;
            }
            catch (InvalidOperationException) when (attempt < Attempts && LogTail().Contains("could not bind", StringComparison.Ordinal))
            {
                // Another process took the port between finding it free and the server binding it.
            }
        }
    }

    private Task StartServerAsync() => RunAsync(
        binaries.PgCtl,
        ["start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)}"],
        asServerUser: true);

    private async Task StopServerAsync()
    {
        try
        {
            await RunAsync(binaries.PgCtl, ["stop", "-D", DataFolder, "-m", "fast", "-w", "-t", "60"], asServerUser: true)
                .ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            KillServer(DataFolder);
            throw;
        }
    }

    private void RefuseOnShared()
    {
        if (isShared)
        {
            throw new InvalidOperationException(
                "The shared cluster serves every test of the process; start a private cluster to stop, start or dispose one.");
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private string LogTail()
    {
        if (!File.Exists(LogFile))
        {
            return "";
        }

        var lines = File.ReadAllLines(LogFile);
        return string.Join('\n', lines.TakeLast(20));
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo
        {
            // The server's user may not be allowed into the test's own working folder.
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] commandLine = asServerUser && binaries.RunAsPostgresUser
            ? ["runuser", "-u", Superuser, "--", program, .. arguments]
            : [program, .. arguments];
        start.FileName = commandLine[0];
        foreach (var argument in commandLine[1..])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n"
                + $"{await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}\n{LogTail()}");
        }
    }

    private static void StopAllAtExit()
    {
        foreach (var cluster in Running.Keys)
        {
            try
            {
                cluster.StopAndDelete();
            }
            catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // The process is ending and has no test left to fail; say what was left behind.
                Console.Error.WriteLine($"The PostgreSQL cluster in {cluster.folder} could not be removed: {exception.Message}");
            }
        }
    }

    /// <summary>Stops the server however it can and deletes the folder; for process exit and failed starts.</summary>
    private void StopAndDelete()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                StopServerAsync().GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // Stopping killed the server instead; the folder can go all the same.
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Kills the postmaster named in the data folder's pid file, and the server processes under it.</summary>
    private static void KillServer(string dataFolder)
    {
        var pidFile = Path.Combine(dataFolder, "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }

        try
        {
            using var postmaster = Process.GetProcessById(pid);
            postmaster.Kill(entireProcessTree: true);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    /// <summary>Where PostgreSQL's server programs are, and whether they must run as the postgres user.</summary>
    private sealed record Binaries(string InitDb, string PgCtl, bool RunAsPostgresUser)
    {
        private static readonly Lazy<Binaries?> Found = new(Find);

        public static Binaries Require()
        {
            var found = Found.Value;
            Prerequisites.Require(
                found is not null,
                "PostgreSQL's initdb and pg_ctl were not found (Debian: apt-get install postgresql)");
            Prerequisites.Require(
                !found.RunAsPostgresUser || File.ReadLines("/etc/passwd").Any(line => line.StartsWith(Superuser + ":", StringComparison.Ordinal)),
                "The tests run as root, which PostgreSQL refuses; a 'postgres' user to run it as was not found (Debian: apt-get install postgresql)");
            return found;
        }

        private static Binaries? Find()
        {
            // Debian keeps each major version's server programs off PATH, under /usr/lib/postgresql/<version>/bin; the newest wins.
            var debian = Directory.Exists("/usr/lib/postgresql")
                ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                    .Select(version => (Version: VersionOf(Path.GetFileName(version)), Bin: Path.Combine(version, "bin")))
                    .OrderByDescending(candidate => candidate.Version)
                    .Select(candidate => candidate.Bin)
                : [];
            var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

            var bin = debian.Concat(path).FirstOrDefault(
                candidate => File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")));
            return bin is null
                ? null
                : new Binaries(Path.Combine(bin, "initdb"), Path.Combine(bin, "pg_ctl"), Environment.IsPrivilegedProcess);
        }

        private static Version VersionOf(string folderName) =>
            Version.TryParse(folderName.Contains('.', StringComparison.Ordinal) ? folderName : folderName + ".0", out var version)
                ? version
                : new Version(0, 0);
    }
}
