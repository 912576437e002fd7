using System.Globalization;
using System.Text.Json;
using Ews.ImGroups.Domain.Lists;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The writer's session: every statement of a mailbox change, prepared once on the writer's own connection and run
/// synchronously on the thread that runs the change. The SQL follows the tables of <see cref="ImGroupsDbContext"/>
/// column for column; the rules are those every store session keeps (group versions move with names and members,
/// a taken name surfaces as <see cref="GroupNameTakenException"/>, the IM list's contacts are quick contacts).
/// </summary>
/// <remarks>
/// One instance serves every change in turn: <see cref="StartChange"/> points it at the mailbox of the change that runs next.
/// Not thread-safe; only the writer loop touches it.
/// </remarks>
internal sealed class SqliteMailboxSession : IMailboxSession, IDisposable
{
    /// <summary>Parameter names for the values of <see cref="RowReader.ContactValues"/>, in their order.</summary>
    private static readonly string[] ContactValueNames = Enumerable.Range(1, 14).Select(i => $"$v{i}").ToArray();

    /// <summary>The one savepoint name: changes of a batch run one after another, never nested.</summary>
    private const string Savepoint = "change";

    private readonly SqliteConnection connection;
    private readonly List<SqliteCommand> commands = [];

    /// <summary>Every statement's mailbox parameter, set once as each change starts.</summary>
    private readonly List<SqliteParameter> mailboxParameters = [];

    private readonly SqliteCommand begin;
    private readonly SqliteCommand commit;
    private readonly SqliteCommand rollback;
    private readonly SqliteCommand savepoint;
    private readonly SqliteCommand release;
    private readonly SqliteCommand rollbackToSavepoint;
    private readonly SqliteCommand bumpRevision;
    private readonly SqliteCommand countGroups;
    private readonly SqliteCommand nameTaken;
    private readonly SqliteCommand groupByNumber;
    private readonly SqliteCommand groupByType;
    private readonly SqliteCommand distributionGroup;
    private readonly SqliteCommand insertGroup;
    private readonly SqliteCommand renameGroup;
    private readonly SqliteCommand deleteGroup;
    private readonly SqliteCommand contactByNumber;
    private readonly SqliteCommand contactByImAddress;
    private readonly SqliteCommand insertContact;
    private readonly SqliteCommand linkedContacts;
    private readonly SqliteCommand deleteContact;
    private readonly SqliteCommand listedContactCount;
    private readonly SqliteCommand isListed;
    private readonly SqliteCommand isMember;
    private readonly SqliteCommand insertMember;
    private readonly SqliteCommand deleteMember;
    private readonly SqliteCommand bumpGroup;
    private readonly SqliteCommand bumpGroupsOfContact;
    private readonly SqliteCommand deleteMembershipsOfContact;
    private readonly SqliteCommand setMigrationCompleted;

    private long mailboxId;

    // The group types a count leaves out arrive as the same collection every time; its JSON is kept rather than redone.
    private IReadOnlyCollection<string>? lastExceptGroupTypes;
    private string lastExceptGroupTypesJson = "[]";

    private SqliteMailboxSession(SqliteConnection connection)
    {
        this.connection = connection;
        begin = Prepare("BEGIN IMMEDIATE");
        commit = Prepare("COMMIT");
        rollback = Prepare("ROLLBACK");
        savepoint = Prepare($"SAVEPOINT \"{Savepoint}\"");
        release = Prepare($"RELEASE \"{Savepoint}\"");
        rollbackToSavepoint = Prepare($"ROLLBACK TO \"{Savepoint}\"");
        bumpRevision = Prepare("UPDATE \"Mailboxes\" SET \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = $mailbox");
        countGroups = Prepare(
            "SELECT COUNT(*) FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"GroupType\" NOT IN (SELECT \"value\" FROM json_each($types))",
            "$types");
        nameTaken = Prepare(
            "SELECT EXISTS (SELECT 1 FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"NormalizedDisplayName\" = $name AND \"Id\" <> $except)",
            "$name",
            "$except");
        groupByNumber = Prepare($"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"Id\" = $number LIMIT 1", "$number");
        groupByType = Prepare(
            $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"GroupType\" = $type ORDER BY \"Id\" LIMIT 1", "$type");
        distributionGroup = Prepare(
            $"SELECT {RowReader.GroupColumns} FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"GroupType\" = $type AND \"SmtpAddress\" = $smtp LIMIT 1",
            "$type",
            "$smtp");
        insertGroup = Prepare(
            "INSERT INTO \"Groups\" (\"MailboxId\", \"DisplayName\", \"NormalizedDisplayName\", \"GroupType\", \"SmtpAddress\", \"Version\") " +
            $"VALUES ($mailbox, $name, $normalized, $type, $smtp, 0) RETURNING {RowReader.GroupColumns}",
            "$name",
            "$normalized",
            "$type",
            "$smtp");
        renameGroup = Prepare(
            "UPDATE \"Groups\" SET \"DisplayName\" = $name, \"NormalizedDisplayName\" = $normalized, \"Version\" = \"Version\" + 1 " +
            $"WHERE \"MailboxId\" = $mailbox AND \"Id\" = $number RETURNING {RowReader.GroupColumns}",
            "$name",
            "$normalized",
            "$number");
        deleteGroup = Prepare("DELETE FROM \"Groups\" WHERE \"MailboxId\" = $mailbox AND \"Id\" = $number", "$number");
        contactByNumber = Prepare($"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $mailbox AND \"Id\" = $number LIMIT 1", "$number");
        contactByImAddress = Prepare(
            $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $mailbox AND \"NormalizedImAddress\" = $address LIMIT 1", "$address");
        insertContact = Prepare(
            $"INSERT INTO \"Contacts\" ({RowReader.NewContactColumns}) VALUES ($mailbox, " + string.Join(", ", ContactValueNames) +
            $", $createdAt, $folder, 0) RETURNING {RowReader.ContactColumns}",
            [.. ContactValueNames, "$createdAt", "$folder"]);
        linkedContacts = Prepare(
            $"SELECT {RowReader.ContactColumns} FROM \"Contacts\" WHERE \"MailboxId\" = $mailbox AND \"NormalizedEmailAddress\" = $link", "$link");
        deleteContact = Prepare("DELETE FROM \"Contacts\" WHERE \"MailboxId\" = $mailbox AND \"Id\" = $number", "$number");
        listedContactCount = Prepare(
            "SELECT COUNT(*) FROM \"Contacts\" AS c WHERE c.\"MailboxId\" = $mailbox " +
            "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = c.\"Id\")");
        isListed = Prepare(
            "SELECT EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"ContactId\" = $contact " +
            "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = m.\"GroupId\" AND g.\"MailboxId\" = $mailbox))",
            "$contact");
        isMember = Prepare(
            "SELECT EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"GroupId\" = $group AND m.\"ContactId\" = $contact " +
            "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = m.\"GroupId\" AND g.\"MailboxId\" = $mailbox))",
            "$group",
            "$contact");
        insertMember = Prepare("INSERT INTO \"Memberships\" (\"GroupId\", \"ContactId\") VALUES ($group, $contact)", "$group", "$contact");
        deleteMember = Prepare(
            "DELETE FROM \"Memberships\" WHERE \"GroupId\" = $group AND \"ContactId\" = $contact " +
            "AND \"GroupId\" IN (SELECT \"Id\" FROM \"Groups\" WHERE \"MailboxId\" = $mailbox)",
            "$group",
            "$contact");
        bumpGroup = Prepare("UPDATE \"Groups\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = $group AND \"MailboxId\" = $mailbox", "$group");
        bumpGroupsOfContact = Prepare(
            "UPDATE \"Groups\" SET \"Version\" = \"Version\" + 1 WHERE \"MailboxId\" = $mailbox " +
            "AND EXISTS (SELECT 1 FROM \"Memberships\" AS m WHERE m.\"GroupId\" = \"Groups\".\"Id\" AND m.\"ContactId\" = $contact)",
            "$contact");
        deleteMembershipsOfContact = Prepare(
            "DELETE FROM \"Memberships\" WHERE \"ContactId\" = $contact " +
            "AND EXISTS (SELECT 1 FROM \"Groups\" AS g WHERE g.\"Id\" = \"Memberships\".\"GroupId\" AND g.\"MailboxId\" = $mailbox)",
            "$contact");
        setMigrationCompleted = Prepare("UPDATE \"Mailboxes\" SET \"ImListMigrationCompleted\" = $completed WHERE \"Id\" = $mailbox", "$completed");
    }

    /// <summary>
    /// Opens the writer's connection with the settings every store connection has (foreign keys enforced, so deletes
    /// cascade as the model says; <c>synchronous=NORMAL</c>, see <see cref="SqlitePragmas"/>) and prepares its statements.
    /// </summary>
    public static SqliteMailboxSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = $"PRAGMA foreign_keys=1; {SqlitePragmas.PerConnection}";
                pragmas.ExecuteNonQuery();
            }

            return new SqliteMailboxSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Takes SQLite's write lock for a batch of changes.</summary>
    public void Begin() => begin.ExecuteNonQuery();

    public void Commit() => commit.ExecuteNonQuery();

    /// <summary>Ends a transaction a failure left open; SQLite may have ended it already, which is no error here.</summary>
    public void RollbackIfOpen()
    {
        if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            rollback.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Starts one change of the batch: its savepoint, then the mailbox's revision bump, which also finds a mailbox
    /// deleted before the change came. False when there is no such mailbox.
    /// </summary>
    public bool StartChange(long mailbox)
    {
        mailboxId = mailbox;
        foreach (var parameter in mailboxParameters)
        {
            parameter.Value = mailbox;
        }

        savepoint.ExecuteNonQuery();
        return bumpRevision.ExecuteNonQuery() > 0;
    }

    /// <summary>Keeps the change in the batch's transaction.</summary>
    public void KeepChange() => release.ExecuteNonQuery();

    /// <summary>Takes back everything the change did; the batch's other changes stay.</summary>
    public void DropChange()
    {
        rollbackToSavepoint.ExecuteNonQuery();
        release.ExecuteNonQuery();
    }

    public Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes)
    {
        if (!ReferenceEquals(exceptGroupTypes, lastExceptGroupTypes))
        {
            lastExceptGroupTypesJson = JsonSerializer.Serialize(exceptGroupTypes);
            lastExceptGroupTypes = exceptGroupTypes;
        }

        countGroups.Parameters["$types"].Value = lastExceptGroupTypesJson;
        return Task.FromResult(Count(countGroups));
    }

    public Task<bool> GroupNameExistsAsync(string normalizedName, long? exceptNumber = null)
    {
        nameTaken.Parameters["$name"].Value = normalizedName;
        nameTaken.Parameters["$except"].Value = exceptNumber ?? 0;
        return Task.FromResult(Count(nameTaken) != 0);
    }

    public Task<ImGroup?> FindGroupAsync(long number)
    {
        groupByNumber.Parameters["$number"].Value = number;
        return Task.FromResult(ReadGroup(groupByNumber));
    }

    public Task<ImGroup?> FindGroupByTypeAsync(string groupType)
    {
        groupByType.Parameters["$type"].Value = groupType;
        return Task.FromResult(ReadGroup(groupByType));
    }

    public Task<ImGroup?> FindDistributionGroupAsync(string smtpAddress)
    {
        distributionGroup.Parameters["$type"].Value = GroupTypes.DistributionGroup;
        distributionGroup.Parameters["$smtp"].Value = smtpAddress;
        return Task.FromResult(ReadGroup(distributionGroup));
    }

    public Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType, string? smtpAddress = null)
    {
        insertGroup.Parameters["$name"].Value = displayName;
        insertGroup.Parameters["$normalized"].Value = normalizedName;
        insertGroup.Parameters["$type"].Value = groupType;
        insertGroup.Parameters["$smtp"].Value = (object?)smtpAddress ?? DBNull.Value;
        return WriteNamed(insertGroup, displayName);
    }

    public Task<ImGroup> RenameGroupAsync(ImGroup group, string displayName, string normalizedName)
    {
        renameGroup.Parameters["$name"].Value = displayName;
        renameGroup.Parameters["$normalized"].Value = normalizedName;
        renameGroup.Parameters["$number"].Value = group.Number;
        return WriteNamed(renameGroup, displayName);
    }

    public Task RemoveGroupAsync(long number)
    {
        deleteGroup.Parameters["$number"].Value = number;
        Execute(deleteGroup);
        return Task.CompletedTask;
    }

    public Task<ImContact?> FindContactAsync(long number)
    {
        contactByNumber.Parameters["$number"].Value = number;
        return Task.FromResult(ReadContact(contactByNumber));
    }

    public Task<ImContact?> FindContactByImAddressAsync(string normalizedImAddress)
    {
        contactByImAddress.Parameters["$address"].Value = normalizedImAddress;
        return Task.FromResult(ReadContact(contactByImAddress));
    }

    public Task<ImContact> AddContactAsync(ContactDetails details, ContactFolder folder, string? normalizedImAddress, DateTimeOffset createdAt)
    {
        var parameters = insertContact.Parameters;
        var index = 0;
        foreach (var value in RowReader.ContactValues(details, normalizedImAddress))
        {
            parameters[ContactValueNames[index++]].Value = value ?? DBNull.Value;
        }

        parameters["$createdAt"].Value = createdAt;
        parameters["$folder"].Value = (int)folder;
        return Task.FromResult(ReadContact(insertContact) ?? throw new InvalidOperationException("The new contact was not returned."));
    }

    public Task<IReadOnlyList<ImContact>> FindLinkedContactsAsync(string linkKey)
    {
        linkedContacts.Parameters["$link"].Value = linkKey;
        var contacts = new List<ImContact>();
        using (var reader = linkedContacts.ExecuteReader())
        {
            while (reader.Read())
            {
                contacts.Add(RowReader.Contact(reader));
            }
        }

        return Task.FromResult<IReadOnlyList<ImContact>>(contacts);
    }

    public Task RemoveContactAsync(long number)
    {
        deleteContact.Parameters["$number"].Value = number;
        Execute(deleteContact);
        return Task.CompletedTask;
    }

    public Task<int> CountListedContactsAsync() => Task.FromResult(Count(listedContactCount));

    public Task<bool> IsListedAsync(long contactNumber)
    {
        isListed.Parameters["$contact"].Value = contactNumber;
        return Task.FromResult(Count(isListed) != 0);
    }

    public Task<bool> IsMemberAsync(long groupNumber, long contactNumber)
    {
        isMember.Parameters["$group"].Value = groupNumber;
        isMember.Parameters["$contact"].Value = contactNumber;
        return Task.FromResult(Count(isMember) != 0);
    }

    public Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        insertMember.Parameters["$group"].Value = groupNumber;
        insertMember.Parameters["$contact"].Value = contactNumber;
        Execute(insertMember);
        BumpGroup(groupNumber);
        return Task.CompletedTask;
    }

    public Task RemoveMemberAsync(long groupNumber, long contactNumber)
    {
        deleteMember.Parameters["$group"].Value = groupNumber;
        deleteMember.Parameters["$contact"].Value = contactNumber;
        Execute(deleteMember);
        BumpGroup(groupNumber);
        return Task.CompletedTask;
    }

    public Task RemoveFromAllGroupsAsync(long contactNumber)
    {
        // The groups are bumped first: once the memberships are gone nothing says which groups the contact was in.
        bumpGroupsOfContact.Parameters["$contact"].Value = contactNumber;
        Execute(bumpGroupsOfContact);
        deleteMembershipsOfContact.Parameters["$contact"].Value = contactNumber;
        Execute(deleteMembershipsOfContact);
        return Task.CompletedTask;
    }

    public Task SetMigrationCompletedAsync(bool completed)
    {
        setMigrationCompleted.Parameters["$completed"].Value = completed;
        Execute(setMigrationCompleted);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var command in commands)
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    /// <summary>A group's change key moves with its members.</summary>
    private void BumpGroup(long groupNumber)
    {
        bumpGroup.Parameters["$group"].Value = groupNumber;
        Execute(bumpGroup);
    }

    /// <summary>Writes a group row under a name; the unique index on the normalized name has the last word on it.</summary>
    private Task<ImGroup> WriteNamed(SqliteCommand command, string displayName)
    {
        try
        {
            return Task.FromResult(ReadGroup(command) ?? throw new InvalidOperationException($"Group write left mailbox {mailboxId} without its row."));
        }
        catch (SqliteException e) when (UniqueViolation.Is(e))
        {
            return Task.FromException<ImGroup>(new GroupNameTakenException($"A group named '{displayName}' already exists.", e));
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        commands.Add(command);
        command.CommandText = sql;
        if (sql.Contains("$mailbox", StringComparison.Ordinal))
        {
            mailboxParameters.Add(command.Parameters.Add(new SqliteParameter("$mailbox", 0L)));
        }

        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static int Execute(SqliteCommand command) => command.ExecuteNonQuery();

    private static int Count(SqliteCommand command) => Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);

    private static ImGroup? ReadGroup(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? RowReader.Group(reader) : null;
    }

    private static ImContact? ReadContact(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? RowReader.Contact(reader) : null;
    }
}
