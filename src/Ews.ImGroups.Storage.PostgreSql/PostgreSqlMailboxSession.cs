using Ews.ImGroups.Domain.Lists;
using Npgsql;
using NpgsqlTypes;

namespace Ews.ImGroups.Storage.PostgreSql;

/// <summary>
/// One change's statements, on the connection and transaction of that change. The SQL follows the tables of
/// <see cref="ImGroupsDbContext"/> column for column, as the SQLite writer's does, with the same rules (group versions
/// move with names and members, a taken name surfaces as <see cref="GroupNameTakenException"/>, the IM list's contacts
/// are quick contacts). Statements are prepared by the data source once they repeat; <c>$1</c> is always the mailbox.
/// </summary>
/// <remarks>
/// A statement that fails aborts PostgreSQL's transaction, so after <see cref="GroupNameTakenException"/> the change
/// can only end in a failure, which is what every rule does with it.
/// </remarks>
internal sealed class PostgreSqlMailboxSession(NpgsqlConnection connection, long mailboxId, CancellationToken cancellationToken) : IMailboxSession
{
    private const string BumpRevisionSql = "UPDATE \"Mailboxes\" SET \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = $1";

    private const string CountGroupsSql = "SELECT COUNT(*) FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"GroupType\" <> ALL($2)";

    private const string NameTakenSql =
        "SELECT EXISTS (SELECT 1 FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"NormalizedDisplayName\" = $2 AND \"Id\" <> $3)";

    private const string GroupByNumberSql = $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"Id\" = $2";

    private const string GroupByTypeSql =
        $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"GroupType\" = $2 ORDER BY \"Id\" LIMIT 1";

    private const string DistributionGroupSql =
        $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"GroupType\" = $2 AND \"SmtpAddress\" = $3 LIMIT 1";

    private const string InsertGroupSql =
        "INSERT INTO \"Groups\" (\"MailboxId\", \"DisplayName\", \"NormalizedDisplayName\", \"GroupType\", \"SmtpAddress\", \"Version\") " +
        $"VALUES ($1, $2, $3, $4, $5, 0) RETURNING {RowReader.GroupColumns}";

    private const string RenameGroupSql =
        "UPDATE \"Groups\" SET \"DisplayName\" = $2, \"NormalizedDisplayName\" = $3, \"Version\" = \"Version\" + 1 " +
        $"WHERE \"MailboxId\" = $1 AND \"Id\" = $4 RETURNING {RowReader.GroupColumns}";

    private const string DeleteGroupSql = "DELETE FROM \"Groups\" WHERE \"MailboxId\" = $1 AND \"Id\" = $2";

    private const string ContactByNumberSql = $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $1 AND \"Id\" = $2";

    private const string ContactByImAddressSql =
        $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $1 AND \"NormalizedImAddress\" = $2";

    private const string InsertContactSql =
        $"INSERT INTO \"Contacts\" ({RowReader.NewContactColumns}) " +
        $"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, 0) RETURNING {RowReader.ContactColumns}";

    private const string LinkedContactsSql =
        $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $1 AND \"NormalizedEmailAddress\" = $2";

    private const string DeleteContactSql = "DELETE FROM \"Contacts\" WHERE \"MailboxId\" = $1 AND \"Id\" = $2";

    private const string ListedContactCountSql =
        "SELECT COUNT(*) FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $1 " +
        "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = c.\"Id\")";

    private const string IsListedSql =
        "SELECT EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = $2 " +
        "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = m.\"GroupId\" AND g.\"MailboxId\" = $1))";

    private const string IsMemberSql =
        "SELECT EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"GroupId\" = $2 AND m.\"ContactId\" = $3 " +
        "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = m.\"GroupId\" AND g.\"MailboxId\" = $1))";

    /// <summary>The rules have checked that both belong to the mailbox, which is locked; so only these two are sent.</summary>
    private const string InsertMemberSql = "INSERT INTO \"Memberships\" (\"GroupId\", \"ContactId\") VALUES ($1, $2)";

    private const string DeleteMemberSql =
        "DELETE FROM \"Memberships\" WHERE \"GroupId\" = $2 AND \"ContactId\" = $3 " +
        "AND \"GroupId\" IN (SELECT \"Id\" FROM \"Groups\" WHERE \"MailboxId\" = $1)";

    private const string BumpGroupSql = "UPDATE \"Groups\" SET \"Version\" = \"Version\" + 1 WHERE \"MailboxId\" = $1 AND \"Id\" = $2";

    private const string BumpGroupsOfContactSql =
        "UPDATE \"Groups\" SET \"Version\" = \"Version\" + 1 WHERE \"MailboxId\" = $1 " +
        "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"GroupId\" = \"Groups\".\"Id\" AND m.\"ContactId\" = $2)";

    private const string DeleteMembershipsOfContactSql =
        "DELETE FROM \"Memberships\" WHERE \"ContactId\" = $2 " +
        "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = \"Memberships\".\"GroupId\" AND g.\"MailboxId\" = $1)";

    private const string SetMigrationCompletedSql = "UPDATE \"Mailboxes\" SET \"ImListMigrationCompleted\" = $2 WHERE \"Id\" = $1";

    // The group types a count leaves out arrive as the same collection every time; its array is kept rather than redone.
    private static ExceptedTypes? lastExceptGroupTypes;

    /// <summary>
    /// Bumps the mailbox's revision, which takes its row lock: writers of the mailbox, in any process, wait here for
    /// the one before them to end. False when there is no such mailbox.
    /// </summary>
    public async Task<bool> StartAsync()
    {
        await using var command = Command(BumpRevisionSql);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes)
    {
        var known = Volatile.Read(ref lastExceptGroupTypes);
        if (known is null || !ReferenceEquals(known.Types, exceptGroupTypes))
        {
            known = new ExceptedTypes(exceptGroupTypes, [.. exceptGroupTypes]);
            Volatile.Write(ref lastExceptGroupTypes, known);
        }

        await using var command = Command(CountGroupsSql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = known.Array, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await CountAsync(command);
    }

    public async Task<bool> GroupNameExistsAsync(string normalizedName, long? exceptNumber = null)
    {
        await using var command = Command(NameTakenSql);
        command.Parameters.Add(Text(normalizedName));
        command.Parameters.Add(Number(exceptNumber ?? 0));
        return await CountAsync(command) != 0;
    }

    public async Task<ImGroup?> FindGroupAsync(long number)
    {
        await using var command = Command(GroupByNumberSql);
        command.Parameters.Add(Number(number));
        return await ReadGroupAsync(command);
    }

    public async Task<ImGroup?> FindGroupByTypeAsync(string groupType)
    {
        await using var command = Command(GroupByTypeSql);
        command.Parameters.Add(Text(groupType));
        return await ReadGroupAsync(command);
    }

    public async Task<ImGroup?> FindDistributionGroupAsync(string smtpAddress)
    {
        await using var command = Command(DistributionGroupSql);
        command.Parameters.Add(Text(GroupTypes.DistributionGroup));
        command.Parameters.Add(Text(smtpAddress));
        return await ReadGroupAsync(command);
    }

    public async Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType, string? smtpAddress = null)
    {
        await using var command = Command(InsertGroupSql);
        command.Parameters.Add(Text(displayName));
        command.Parameters.Add(Text(normalizedName));
        command.Parameters.Add(Text(groupType));
        command.Parameters.Add(Text(smtpAddress));
        return await WriteNamedAsync(command, displayName);
    }

    public async Task<ImGroup> RenameGroupAsync(ImGroup group, string displayName, string normalizedName)
    {
        await using var command = Command(RenameGroupSql);
        command.Parameters.Add(Text(displayName));
        command.Parameters.Add(Text(normalizedName));
        command.Parameters.Add(Number(group.Number));
        return await WriteNamedAsync(command, displayName);
    }

    public Task RemoveGroupAsync(long number) => ExecuteAsync(DeleteGroupSql, number);

    public async Task<ImContact?> FindContactAsync(long number)
    {
        await using var command = Command(ContactByNumberSql);
        command.Parameters.Add(Number(number));
        return await ReadContactAsync(command);
    }

    public async Task<ImContact?> FindContactByImAddressAsync(string normalizedImAddress)
    {
        await using var command = Command(ContactByImAddressSql);
        command.Parameters.Add(Text(normalizedImAddress));
        return await ReadContactAsync(command);
    }

    public async Task<ImContact> AddContactAsync(ContactDetails details, ContactFolder folder, string? normalizedImAddress, DateTimeOffset createdAt)
    {
        await using var command = Command(InsertContactSql);
        var parameters = command.Parameters;
        foreach (var value in RowReader.ContactValues(details, normalizedImAddress))
        {
            parameters.Add(Text((string?)value));
        }

        // A timestamp with time zone holds an instant, which Npgsql takes only as UTC.
        parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = createdAt.ToUniversalTime() });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = (int)folder });
        return await ReadContactAsync(command) ?? throw new InvalidOperationException("The new contact was not returned.");
    }

    public async Task<IReadOnlyList<ImContact>> FindLinkedContactsAsync(string linkKey)
    {
        await using var command = Command(LinkedContactsSql);
        command.Parameters.Add(Text(linkKey));
        var contacts = new List<ImContact>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            contacts.Add(RowReader.Contact(reader));
        }

        return contacts;
    }

    public Task RemoveContactAsync(long number) => ExecuteAsync(DeleteContactSql, number);

    public async Task<int> CountListedContactsAsync()
    {
        await using var command = Command(ListedContactCountSql);
        return await CountAsync(command);
    }

    public async Task<bool> IsListedAsync(long contactNumber)
    {
        await using var command = Command(IsListedSql);
        command.Parameters.Add(Number(contactNumber));
        return await CountAsync(command) != 0;
    }

    public async Task<bool> IsMemberAsync(long groupNumber, long contactNumber)
    {
        await using var command = Command(IsMemberSql);
        command.Parameters.Add(Number(groupNumber));
        command.Parameters.Add(Number(contactNumber));
        return await CountAsync(command) != 0;
    }

    public async Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        await using (var command = new NpgsqlCommand(InsertMemberSql, connection))
        {
            command.Parameters.Add(Number(groupNumber));
            command.Parameters.Add(Number(contactNumber));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(BumpGroupSql, groupNumber);
    }

    public async Task RemoveMemberAsync(long groupNumber, long contactNumber)
    {
        await using (var command = Command(DeleteMemberSql))
        {
            command.Parameters.Add(Number(groupNumber));
            command.Parameters.Add(Number(contactNumber));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(BumpGroupSql, groupNumber);
    }

    public async Task RemoveFromAllGroupsAsync(long contactNumber)
    {
        // The groups are bumped first: once the memberships are gone nothing says which groups the contact was in.
        await ExecuteAsync(BumpGroupsOfContactSql, contactNumber);
        await ExecuteAsync(DeleteMembershipsOfContactSql, contactNumber);
    }

    public async Task SetMigrationCompletedAsync(bool completed)
    {
        await using var command = Command(SetMigrationCompletedSql);
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = completed });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A statement whose <c>$1</c> is the mailbox; the caller adds the rest in order.</summary>
    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(Number(mailboxId));
        return command;
    }

    private async Task ExecuteAsync(string sql, long number)
    {
        await using var command = Command(sql);
        command.Parameters.Add(Number(number));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes a group row under a name; the unique index on the normalized name has the last word on it.</summary>
    private async Task<ImGroup> WriteNamedAsync(NpgsqlCommand command, string displayName)
    {
        try
        {
            return await ReadGroupAsync(command) ?? throw new InvalidOperationException($"Group write left mailbox {mailboxId} without its row.");
        }
        catch (PostgresException e) when (UniqueViolation.Is(e))
        {
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.", e);
        }
    }

    private async Task<int> CountAsync(NpgsqlCommand command) => await command.ExecuteScalarAsync(cancellationToken) switch
    {
        long count => checked((int)count),
        bool exists => exists ? 1 : 0,
        var other => throw new InvalidOperationException($"A count came back as {other}."),
    };

    private async Task<ImGroup?> ReadGroupAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowReader.Group(reader) : null;
    }

    private async Task<ImContact?> ReadContactAsync(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? RowReader.Contact(reader) : null;
    }

    private static NpgsqlParameter<long> Number(long value) => new() { TypedValue = value };

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private sealed record ExceptedTypes(IReadOnlyCollection<string> Types, string[] Array);
}
