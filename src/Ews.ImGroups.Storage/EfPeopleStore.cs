using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The reads of <c>FindPeople</c>, written once in EF Core for every provider. A mailbox's contacts are read whole
/// and searched in memory: a list is small. The directory may be large, so its search narrows the rows in the
/// database first: each row whose display name or address contains the query's longest word, ignoring case. That is a
/// scan of the table (no index serves a "contains"), but only the rows that may match leave the database; the exact
/// word-prefix rule then runs on those. A word with other than ASCII letters is not pushed down, as SQLite folds only
/// ASCII case: then every row is read.
/// </summary>
public sealed class EfPeopleStore(IDbContextFactory<ImGroupsDbContext> contexts) : IPeopleStore
{
    /// <summary>The character that makes LIKE read a following <c>%</c>, <c>_</c> or itself as text.</summary>
    private const string Escape = "\\";

    public async Task<IReadOnlyList<ImContact>> ReadContactsAsync(long mailboxId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Contacts.AsNoTracking().Where(c => c.MailboxId == mailboxId).ToListAsync(cancellationToken);
        return rows.ConvertAll(Rows.ToContact);
    }

    public async Task<IReadOnlyList<DirectoryEntry>> SearchDirectoryAsync(PeopleQuery query, CancellationToken cancellationToken)
    {
        var pattern = ContainsPattern(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<Entities.MailboxRow> mailboxes = db.Mailboxes.AsNoTracking();
        IQueryable<Entities.DirectoryGroupRow> groups = db.DirectoryGroups.AsNoTracking();
        if (pattern is not null)
        {
            // Addresses are stored lower-case; names are folded by the database's lower(), where no culture applies.
#pragma warning disable CA1304, CA1311
            mailboxes = mailboxes.Where(m =>
                EF.Functions.Like(m.SmtpAddress, pattern, Escape)
                || (m.DisplayName != null && EF.Functions.Like(m.DisplayName.ToLower(), pattern, Escape)));
            groups = groups.Where(g =>
                EF.Functions.Like(g.SmtpAddress, pattern, Escape)
                || EF.Functions.Like(g.DisplayName.ToLower(), pattern, Escape));
#pragma warning restore CA1304, CA1311
        }

        var users = await mailboxes
            .Select(m => new DirectoryEntry(DirectoryEntryKind.User, m.Id, m.SmtpAddress, m.DisplayName))
            .ToListAsync(cancellationToken);
        var lists = await groups
            .Select(g => new DirectoryEntry(DirectoryEntryKind.DistributionList, g.Id, g.SmtpAddress, g.DisplayName))
            .ToListAsync(cancellationToken);
        return [.. users, .. lists];
    }

    /// <summary>A LIKE pattern for the query's longest word, lower-cased; null when no word can be pushed down.</summary>
    private static string? ContainsPattern(PeopleQuery query)
    {
        var longest = query.Terms.MaxBy(t => t.Length)!;
        if (!longest.All(char.IsAscii))
        {
            return null;
        }

        var escaped = longest.ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
