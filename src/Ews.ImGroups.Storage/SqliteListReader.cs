using System.Collections.Concurrent;
using System.Globalization;
using Ews.ImGroups.Domain.Lists;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Reads lists on a few long-lived connections, each with its three statements prepared once. In WAL mode readers
/// never wait for the writer: each read is one transaction, so its three queries see one snapshot. A read that finds
/// no idle connection opens one rather than waiting; at most <see cref="IdleConnections"/> are kept between reads.
/// Whole lists come from <see cref="ListCache"/> when the mailbox's revision says they are still current.
/// </summary>
internal sealed class SqliteListReader(string connectionString) : IDisposable
{
    /// <summary>
    /// Outside the shared pool: a reading connection is set to refuse writes, and a closed one must not carry that, or
    /// a read transaction a failure left open, to whoever opens the store next.
    /// </summary>
    private readonly string ownConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    /// <summary>Reads run on request threads and finish without yielding, so more idle connections than threads would only hold memory.</summary>
    public static readonly int IdleConnections = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<Connection> idle = [];
    private readonly ListCache cache = new();
    private int idleCount;
    private volatile bool disposed;

    public ImItemList Read(long mailboxId, ImListSelection selection)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = Rent();
        ImItemList list;
        try
        {
            list = connection.Read(mailboxId, selection, cache);
        }
        catch
        {
            // A failure may leave the connection mid-transaction or broken: it is not handed out again.
            connection.Dispose();
            throw;
        }

        Return(connection);
        return list;
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private Connection Rent()
    {
        if (idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref idleCount);
            return connection;
        }

        return Connection.Open(ownConnectionString);
    }

    private void Return(Connection connection)
    {
        if (Interlocked.Increment(ref idleCount) > IdleConnections)
        {
            Interlocked.Decrement(ref idleCount);
            connection.Dispose();
            return;
        }

        idle.Add(connection);
        // A read that ends while the store is being disposed must not leave its connection behind.
        if (disposed && idle.TryTake(out var late))
        {
            late.Dispose();
        }
    }

    /// <summary>One reading connection and its statements; used by one read at a time.</summary>
    private sealed class Connection : IDisposable
    {
        private readonly SqliteConnection connection;
        private readonly SqliteCommand begin;
        private readonly SqliteCommand end;
        private readonly SqliteCommand revision;
        private readonly SqliteCommand groups;
        private readonly SqliteCommand members;
        private readonly SqliteCommand contacts;

        private Connection(SqliteConnection connection)
        {
            this.connection = connection;
            begin = Prepare("BEGIN");
            end = Prepare("COMMIT");
            revision = Prepare("SELECT \"Revision\" FROM \"Mailboxes\" WHERE \"Id\" = $mailbox", "$mailbox");

            // A null filter reads everything; a filter is a JSON array of the numbers asked for.
            groups = Prepare(
                $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $mailbox " +
                "AND ($groups IS NULL OR \"Id\" IN (SELECT \"value\" FROM json_each($groups))) ORDER BY \"Id\"",
                "$mailbox",
                "$groups");
            members = Prepare(
                "SELECT m.\"GroupId\", m.\"ContactId\", c.\"Version\" FROM \"Memberships\" AS m " +
                "INNER JOIN \"Groups\" AS g ON g.\"Id\" = m.\"GroupId\" INNER JOIN \"Contacts\" AS c ON c.\"Id\" = m.\"ContactId\" " +
                "WHERE g.\"MailboxId\" = $mailbox AND ($groups IS NULL OR g.\"Id\" IN (SELECT \"value\" FROM json_each($groups))) " +
                "ORDER BY m.\"ContactId\"",
                "$mailbox",
                "$groups");
            // The contacts asked for that are on the list, and the contacts linked to them by e-mail address.
            contacts = Prepare(
                "WITH asked AS (SELECT c.\"Id\", c.\"NormalizedEmailAddress\" FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $mailbox " +
                "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = c.\"Id\") " +
                "AND ($contacts IS NULL OR c.\"Id\" IN (SELECT \"value\" FROM json_each($contacts)))) " +
                $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $mailbox " +
                "AND (c.\"Id\" IN (SELECT \"Id\" FROM asked) OR c.\"NormalizedEmailAddress\" IN (SELECT \"NormalizedEmailAddress\" FROM asked))",
                "$mailbox",
                "$contacts");
        }

        /// <summary>Opens a connection that can only read, with the settings every store connection has.</summary>
        public static Connection Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                using (var pragmas = connection.CreateCommand())
                {
                    pragmas.CommandText = $"PRAGMA query_only=1; {SqlitePragmas.PerConnection}";
                    pragmas.ExecuteNonQuery();
                }

                return new Connection(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public ImItemList Read(long mailboxId, ImListSelection selection, ListCache cache)
        {
            var whole = selection.GroupNumbers is null && selection.ContactNumbers is null;

            // On a failure the connection is dropped, open transaction and all.
            begin.ExecuteNonQuery();
            revision.Parameters[0].Value = mailboxId;
            var current = revision.ExecuteScalar() is long value ? value : (long?)null;
            if (whole && current is { } known && cache.Find(mailboxId, known) is { } cached)
            {
                end.ExecuteNonQuery();
                return cached;
            }

            var groupFilter = Filter(selection.GroupNumbers);
            Bind(groups, mailboxId, groupFilter);
            Bind(members, mailboxId, groupFilter);
            Bind(contacts, mailboxId, Filter(selection.ContactNumbers));
            var groupRows = ReadAll(groups, RowReader.Group);
            var memberRows = ReadMembers();
            var contactRows = ReadAll(contacts, RowReader.Contact);
            end.ExecuteNonQuery();
            var list = ListAssembly.Assemble(groupRows, memberRows, contactRows);
            if (whole && current is { } read)
            {
                cache.Offer(mailboxId, read, list);
            }

            return list;
        }

        public void Dispose()
        {
            foreach (var command in new[] { begin, end, revision, groups, members, contacts })
            {
                command.Dispose();
            }

            connection.Dispose();
        }

        private static object Filter(IReadOnlyCollection<long>? numbers) =>
            numbers is null ? DBNull.Value : $"[{string.Join(',', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))}]";

        private static void Bind(SqliteCommand command, long mailboxId, object filter)
        {
            command.Parameters[0].Value = mailboxId;
            command.Parameters[1].Value = filter;
        }

        private static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> row)
        {
            var rows = new List<T>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }

            return rows;
        }

        private List<(long GroupId, ListedMember Member)> ReadMembers()
        {
            var rows = new List<(long, ListedMember)>();
            using var reader = members.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), new ListedMember(reader.GetInt64(1), reader.GetInt32(2))));
            }

            return rows;
        }

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            command.Prepare();
            return command;
        }
    }
}
