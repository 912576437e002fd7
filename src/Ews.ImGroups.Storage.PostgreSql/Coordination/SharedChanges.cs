using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Coordination;

/// <summary>
/// Tells every replica that something a watcher shows has changed, through PostgreSQL's LISTEN/NOTIFY. Notices are
/// coalesced: however many changes a replica makes in a moment, the others get one notice for them.
/// </summary>
public sealed class SharedChanges(NpgsqlDataSource database) : IAsyncDisposable
{
    public const string Channel = "ews_imgroups_changes";

    /// <summary>Bounds how often one replica notifies, so heavy traffic does not turn into as many notices.</summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(50);

    /// <summary>Waited after a lost connection before listening again.</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    /// <summary>Marks this process's own notices, which it has already told its watchers about.</summary>
    private readonly string self = Guid.NewGuid().ToString("N");

    private readonly SemaphoreSlim pending = new(0, 1);

    /// <summary>1 while a notice is due and not yet sent, so the many changes of a busy moment release the sender once.</summary>
    private int due;
    private readonly CancellationTokenSource stopping = new();
    private Task? loops;

    /// <summary>Starts listening; <paramref name="changed"/> runs for every notice another replica sends, and after each reconnection.</summary>
    public void Start(Action changed)
    {
        loops = Task.WhenAll(Task.Run(() => ListenAsync(changed)), Task.Run(SendAsync));
    }

    /// <summary>Asks for a notice to the other replicas; returns at once.</summary>
    public void Publish()
    {
        // Every request of a busy replica publishes: only the first since the last notice wakes the sender.
        if (Interlocked.Exchange(ref due, 1) == 0)
        {
            pending.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (loops is not null)
        {
            await loops;
        }

        stopping.Dispose();
        pending.Dispose();
    }

    private async Task SendAsync()
    {
        var token = stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await pending.WaitAsync(token);
                Volatile.Write(ref due, 0);
                await using var command = database.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Channel });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = self });
                await command.ExecuteNonQueryAsync(token);
                await Task.Delay(Spacing, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException)
            {
                // The database is unreachable: the notice is lost, and the other replicas learn of the change when
                // their own listeners reconnect.
                await DelayAsync(Retry, token);
            }
        }
    }

    private async Task ListenAsync(Action changed)
    {
        var token = stopping.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(token);
                connection.Notification += (_, notice) =>
                {
                    if (notice.Payload != self)
                    {
                        changed();
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(token);
                }

                // Changes made while this replica was not listening were missed: watchers look again.
                changed();
                try
                {
                    while (true)
                    {
                        await connection.WaitAsync(token);
                    }
                }
                finally
                {
                    await StopListeningAsync(connection);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
            {
                await DelayAsync(Retry, token);
            }
        }
    }

    /// <summary>Pooled connections are not reset on their return, so this one stops listening before it goes back.</summary>
    private static async Task StopListeningAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
        {
            // The connection is broken, and the pool will not hand it out again.
        }
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken token)
    {
        try
        {
            await Task.Delay(delay, token);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
