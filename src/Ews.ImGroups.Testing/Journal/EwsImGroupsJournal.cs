using System.Globalization;
using System.Text;
using Ews.ImGroups.Admin;

namespace Ews.ImGroups.Testing.Journal;

/// <summary>The server's journal of SOAP exchanges, read through the control API, with assertions for tests.</summary>
public sealed class EwsImGroupsJournal
{
    // A failure message names this many entries at most, newest first, so a busy journal keeps it readable.
    private const int MaxListedEntries = 50;

    // The control API caps a journal page at this many entries; the journal itself keeps fewer by default.
    private const int JournalPageLimit = 10_000;

    private readonly EwsImGroupsAdminClient admin;

    internal EwsImGroupsJournal(EwsImGroupsAdminClient admin) => this.admin = admin;

    /// <summary>The journaled exchanges, newest first; the server waits for the ones already answered, so a test sees its own.</summary>
    public async Task<IReadOnlyList<JournalEntrySummary>> ListAsync(CancellationToken cancellationToken = default) =>
        (await admin.QueryJournalAsync(new JournalQuery(Limit: JournalPageLimit), cancellationToken)).Entries;

    /// <summary>One exchange with its request and response XML.</summary>
    public Task<JournalEntry> GetAsync(long id, CancellationToken cancellationToken = default) => admin.GetJournalEntryAsync(id, cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) => admin.ClearJournalAsync(cancellationToken);

    /// <summary>
    /// Checks that the journal holds exchanges matching every condition given — <paramref name="times"/> of them, or at
    /// least one when it is null — and returns them; otherwise throws <see cref="JournalAssertionException"/> listing
    /// what the journal holds. Operation, mailbox and response code compare ignoring case; <paramref name="requestContains"/>
    /// is looked for, case and all, in the request XML.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntrySummary>> ShouldContainAsync(
        string? operation = null,
        string? mailbox = null,
        int? times = null,
        string? requestContains = null,
        string? responseCode = null,
        CancellationToken cancellationToken = default)
    {
        if (times < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(times), times, "An exchange cannot be expected a negative number of times.");
        }

        var all = await ListAsync(cancellationToken);
        var matching = new List<JournalEntrySummary>();
        foreach (var entry in all)
        {
            if (Matches(operation, entry.Operation) && Matches(mailbox, entry.Mailbox) && Matches(responseCode, entry.ResponseCode)
                && (requestContains is null || await RequestContainsAsync(entry.Id, requestContains, cancellationToken)))
            {
                matching.Add(entry);
            }
        }

        var holds = times is { } exactly ? matching.Count == exactly : matching.Count > 0;
        if (!holds)
        {
            throw new JournalAssertionException(Describe(operation, mailbox, times, requestContains, responseCode, matching.Count, all));
        }

        return matching;
    }

    private async Task<bool> RequestContainsAsync(long id, string text, CancellationToken cancellationToken) =>
        (await GetAsync(id, cancellationToken)).RequestXml?.Contains(text, StringComparison.Ordinal) == true;

    private static bool Matches(string? expected, string? actual) =>
        expected is null || string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);

    private static string Describe(
        string? operation, string? mailbox, int? times, string? requestContains, string? responseCode, int found, IReadOnlyList<JournalEntrySummary> all)
    {
        var conditions = new List<string>();
        if (operation is not null)
        {
            conditions.Add($"operation {operation}");
        }

        if (mailbox is not null)
        {
            conditions.Add($"mailbox {mailbox}");
        }

        if (responseCode is not null)
        {
            conditions.Add($"response code {responseCode}");
        }

        if (requestContains is not null)
        {
            conditions.Add($"a request containing \"{requestContains}\"");
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Expected the journal to hold {(times is { } n ? $"exactly {n}" : "at least 1")} exchange(s)");
        text.Append(conditions.Count == 0 ? "" : " with " + string.Join(", ", conditions));
        text.Append(CultureInfo.InvariantCulture, $", but found {found}. ");
        if (all.Count == 0)
        {
            return text.Append("The journal is empty.").ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"The journal holds {all.Count} exchange(s), newest first:");
        foreach (var entry in all.Take(MaxListedEntries))
        {
            text.AppendLine().Append("  ").Append(Describe(entry));
        }

        if (all.Count > MaxListedEntries)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {all.Count - MaxListedEntries} older.");
        }

        return text.ToString();
    }

    private static string Describe(JournalEntrySummary entry) =>
        $"#{entry.Id} {entry.Operation} by {entry.Mailbox ?? "(no mailbox)"}: {entry.ResponseClass} {entry.ResponseCode}, HTTP {entry.Status}{(entry.Injected is null ? "" : $", {entry.Injected}")}";
}
