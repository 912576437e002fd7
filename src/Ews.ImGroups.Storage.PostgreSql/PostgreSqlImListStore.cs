using System.Data;
using System.Data.Common;
using Ews.ImGroups.Domain.Lists;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql;

/// <summary>
/// IM lists on a PostgreSQL database that any number of replicas share. A change is one transaction on a connection of
/// the data source: it first bumps its mailbox's revision, whose row lock lines up the writers of that mailbox across
/// every replica while other mailboxes' writers run beside them, then runs the domain's work, and commits only what
/// succeeded. Within this process the writers of a mailbox wait their turn (<see cref="MailboxTurns"/>) before taking
/// a connection. A read sees one snapshot, never waits for writers, and serves a whole list from <see cref="ListCache"/>
/// while the database says its mailbox is still at the revision it was read at.
/// </summary>
internal sealed class PostgreSqlImListStore(NpgsqlDataSource dataSource) : IImListStore
{
    private const string RevisionSql = "SELECT \"Revision\" FROM \"Mailboxes\" WHERE \"Id\" = $1";

    private const string GroupsSql = $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $1";

    private const string MembersSql =
        "SELECT m.\"GroupId\", m.\"ContactId\", c.\"Version\" FROM \"Memberships\" AS m " +
        "INNER JOIN \"Groups\" AS g ON g.\"Id\" = m.\"GroupId\" INNER JOIN \"Contacts\" AS c ON c.\"Id\" = m.\"ContactId\" " +
        "WHERE g.\"MailboxId\" = $1";

    private const string ListedContactsSql =
        "SELECT c.\"Id\", c.\"NormalizedEmailAddress\" FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $1 " +
        "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = c.\"Id\")";

    /// <summary>The contacts read, and the contacts of the mailbox linked to them by e-mail address.</summary>
    private const string LinkedContactsSql =
        $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $1 AND (c.\"Id\" IN (SELECT \"Id\" FROM asked) " +
        "OR c.\"NormalizedEmailAddress\" IN (SELECT \"NormalizedEmailAddress\" FROM asked))";

    private const string ContactsSql = $"WITH asked AS ({ListedContactsSql}) {LinkedContactsSql}";

    private const string ChosenContactsSql = $"WITH asked AS ({ListedContactsSql} AND c.\"Id\" = ANY($2)) {LinkedContactsSql}";

    private readonly ListCache cache = new();
    private readonly MailboxTurns turns = new();

    public Task<ImListResult<T>> ChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ImListResult<T>>(cancellationToken);
        }

        return RunChangeAsync(mailboxId, work, cancellationToken);
    }

    public Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ImItemList>(cancellationToken);
        }

        return ReadListAsync(mailboxId, selection, cancellationToken);
    }

    private async Task<ImListResult<T>> RunChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        using var turn = await turns.EnterAsync(mailboxId, cancellationToken);

        // READ COMMITTED: once the row lock is held, each statement sees what the mailbox's writer before this one committed.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = new PostgreSqlMailboxSession(connection, mailboxId, cancellationToken);
        var result = await session.StartAsync() ? await work(session) : ImListResult<T>.Failure(ImListError.MailboxNotFound);

        // Once the commit is sent the change may be kept, so it is not cancelled any more.
        if (result.IsSuccess)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        else
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        return result;
    }

    private async Task<ImItemList> ReadListAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        var whole = selection.GroupNumbers is null && selection.ContactNumbers is null;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (whole)
        {
            // One statement is a snapshot of its own: a list kept at the revision it finds needs no other.
            await using var revision = new NpgsqlCommand(RevisionSql, connection);
            revision.Parameters.Add(new NpgsqlParameter<long> { TypedValue = mailboxId });
            if (await revision.ExecuteScalarAsync(cancellationToken) is long current && cache.Find(mailboxId, current) is { } cached)
            {
                return cached;
            }
        }

        // Otherwise the revision (again) and the rows in one snapshot, sent together.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SET TRANSACTION READ ONLY"));
        if (whole)
        {
            batch.BatchCommands.Add(Statement(RevisionSql, mailboxId));
        }

        var groupFilter = selection.GroupNumbers is { } groupNumbers ? groupNumbers.ToArray() : null;
        var contactFilter = selection.ContactNumbers is { } contactNumbers ? contactNumbers.ToArray() : null;
        batch.BatchCommands.Add(Statement(GroupsSql, mailboxId, groupFilter, "\"Id\""));
        batch.BatchCommands.Add(Statement(MembersSql, mailboxId, groupFilter, "g.\"Id\""));
        batch.BatchCommands.Add(Statement(contactFilter is null ? ContactsSql : ChosenContactsSql, mailboxId, contactFilter));

        long? read = null;
        List<ImGroup> groups;
        List<(long GroupId, ListedMember Member)> members;
        List<ImContact> contacts;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            if (whole)
            {
                read = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : null;
                await reader.NextResultAsync(cancellationToken);
            }

            groups = await ReadAllAsync(reader, RowReader.Group, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            members = await ReadAllAsync(reader, r => (r.GetInt64(0), new ListedMember(r.GetInt64(1), r.GetInt32(2))), cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            contacts = await ReadAllAsync(reader, RowReader.Contact, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // ListAssembly sorts groups itself; members are wanted in contact-number order.
        members.Sort((a, b) => a.Member.ContactNumber.CompareTo(b.Member.ContactNumber));
        var list = ListAssembly.Assemble(groups, members, contacts);
        if (read is { } revisionRead)
        {
            cache.Offer(mailboxId, revisionRead, list);
        }

        return list;
    }

    /// <summary>
    /// A read of the mailbox's rows, narrowed to some numbers when a filter is given: by the column named, or by the
    /// statement's own use of the filter when no column is.
    /// </summary>
    private static NpgsqlBatchCommand Statement(string sql, long mailboxId, long[]? filter = null, string? filteredColumn = null)
    {
        var command = new NpgsqlBatchCommand(filter is null || filteredColumn is null ? sql : $"{sql} AND {filteredColumn} = ANY($2)");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = mailboxId });
        if (filter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = filter });
        }

        return command;
    }

    private static async Task<List<TRow>> ReadAllAsync<TRow>(DbDataReader reader, Func<DbDataReader, TRow> row, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
