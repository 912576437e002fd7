namespace Ews.ImGroups.Admin;

/// <summary>Every request the client sends, each named once: the client's methods send these and nothing else.</summary>
internal static class AdminRoutes
{
    private const string Api = "/admin/api";
    private const string Get = "GET";
    private const string Post = "POST";
    private const string Put = "PUT";
    private const string Delete = "DELETE";

    public static readonly AdminRoute Server = new(Get, Api + "/server", nameof(EwsImGroupsAdminClient.GetServerAsync));
    public static readonly AdminRoute ListMailboxes = new(Get, Api + "/mailboxes", nameof(EwsImGroupsAdminClient.ListMailboxesAsync));
    public static readonly AdminRoute CreateMailbox = new(Post, Api + "/mailboxes", nameof(EwsImGroupsAdminClient.CreateMailboxAsync));
    public static readonly AdminRoute GetMailbox = new(Get, Api + "/mailboxes/{address}", nameof(EwsImGroupsAdminClient.GetMailboxAsync));
    public static readonly AdminRoute DeleteMailbox = new(Delete, Api + "/mailboxes/{address}", nameof(EwsImGroupsAdminClient.DeleteMailboxAsync));
    public static readonly AdminRoute GetImList = new(Get, Api + "/mailboxes/{address}/imlist", nameof(EwsImGroupsAdminClient.GetImListAsync));
    public static readonly AdminRoute AddToImList = new(Post, Api + "/mailboxes/{address}/imlist", nameof(EwsImGroupsAdminClient.AddToImListAsync));
    public static readonly AdminRoute ResetMailbox = new(Post, Api + "/mailboxes/{address}/reset", nameof(EwsImGroupsAdminClient.ResetMailboxAsync));
    public static readonly AdminRoute Seed = new(Post, Api + "/seed", nameof(EwsImGroupsAdminClient.SeedAsync));
    public static readonly AdminRoute Reset = new(Post, Api + "/reset", nameof(EwsImGroupsAdminClient.ResetAsync));
    public static readonly AdminRoute Export = new(Get, Api + "/export", nameof(EwsImGroupsAdminClient.ExportAsync));
    public static readonly AdminRoute Import = new(Post, Api + "/import", nameof(EwsImGroupsAdminClient.ImportAsync));
    public static readonly AdminRoute GetPhoto = new(Get, Api + "/photos/{address}", nameof(EwsImGroupsAdminClient.GetPhotoAsync));
    public static readonly AdminRoute SetPhoto = new(Put, Api + "/photos/{address}", nameof(EwsImGroupsAdminClient.SetPhotoAsync));
    public static readonly AdminRoute DeletePhoto = new(Delete, Api + "/photos/{address}", nameof(EwsImGroupsAdminClient.DeletePhotoAsync));
    public static readonly AdminRoute QueryJournal = new(Get, Api + "/journal", nameof(EwsImGroupsAdminClient.QueryJournalAsync));
    public static readonly AdminRoute GetJournalEntry = new(Get, Api + "/journal/{id}", nameof(EwsImGroupsAdminClient.GetJournalEntryAsync));
    public static readonly AdminRoute ClearJournal = new(Delete, Api + "/journal", nameof(EwsImGroupsAdminClient.ClearJournalAsync));
    public static readonly AdminRoute ListChaosRules = new(Get, Api + "/chaos", nameof(EwsImGroupsAdminClient.ListChaosRulesAsync));
    public static readonly AdminRoute AddChaosRule = new(Post, Api + "/chaos", nameof(EwsImGroupsAdminClient.AddChaosRuleAsync));
    public static readonly AdminRoute DeleteChaosRule = new(Delete, Api + "/chaos/{id}", nameof(EwsImGroupsAdminClient.DeleteChaosRuleAsync));
    public static readonly AdminRoute ClearChaosRules = new(Delete, Api + "/chaos", nameof(EwsImGroupsAdminClient.ClearChaosRulesAsync));
    public static readonly AdminRoute Changes = new(Get, Api + "/events", nameof(EwsImGroupsAdminClient.WatchChangesAsync));

    public static readonly IReadOnlyList<AdminRoute> All =
    [
        Server, ListMailboxes, CreateMailbox, GetMailbox, DeleteMailbox, GetImList, AddToImList, ResetMailbox, Seed, Reset, Export,
        Import, GetPhoto, SetPhoto, DeletePhoto, QueryJournal, GetJournalEntry, ClearJournal, ListChaosRules, AddChaosRule,
        DeleteChaosRule, ClearChaosRules, Changes,
    ];
}
