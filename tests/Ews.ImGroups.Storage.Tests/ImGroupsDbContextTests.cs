using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

public class ImGroupsDbContextTests
{
    private const int SqliteConstraintUnique = 2067;

    [Fact]
    public async Task Model_MatchesMigrations_HasNoPendingChanges()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration: dotnet ef migrations add");
    }

    [Fact]
    public async Task Groups_SameNormalizedNameTwiceInOneMailbox_AreRejectedByUniqueIndex()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);
        await AddGroupRowAsync(services, alice, "Friends");

        var duplicate = () => AddGroupRowAsync(services, alice, "FRIENDS");

        (await duplicate.Should().ThrowAsync<DbUpdateException>())
            .WithInnerException<SqliteException>().Which.SqliteExtendedErrorCode.Should().Be(SqliteConstraintUnique);
    }

    [Fact]
    public async Task Groups_SameNormalizedNameInTwoMailboxes_AreAccepted()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        await AddGroupRowAsync(services, await MailboxIdAsync(services, TestSeeds.AliceSmtp), "Friends");
        var bob = await MailboxIdAsync(services, TestSeeds.BobSmtp);

        var inOtherMailbox = () => AddGroupRowAsync(services, bob, "Friends");

        await inOtherMailbox.Should().NotThrowAsync();
    }

    private static async Task<long> MailboxIdAsync(IServiceProvider services, string smtp)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Mailboxes.Where(m => m.SmtpAddress == smtp).Select(m => m.Id).SingleAsync();
    }

    // Straight through the context, past the rules, as a racing writer would.
    private static async Task AddGroupRowAsync(IServiceProvider services, long mailboxId, string displayName)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        db.Groups.Add(new GroupRow
        {
            MailboxId = mailboxId,
            DisplayName = displayName,
            NormalizedDisplayName = GroupNames.Normalize(displayName),
            GroupType = GroupTypes.UserGroup,
        });
        await db.SaveChangesAsync();
    }
}
