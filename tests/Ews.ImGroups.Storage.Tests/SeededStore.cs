using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>A database started with <see cref="TestSeeds.AliceAndBob"/>, and the services the host drives it with.</summary>
internal sealed record SeededStore(
    ServiceProvider Services,
    IImListStore Store,
    ImGroupService Groups,
    ImContactService Contacts,
    ImListService Lists,
    long Alice,
    long Bob,
    IReadOnlyList<SeededContact> Seeded)
{
    public static async Task<SeededStore> StartAsync(TempDatabase database, ImListLimits? limits = null, SeedDocument? seed = null)
    {
        var services = database.CreateServices(limits);
        var seeded = await services.GetRequiredService<StorageInitializer>()
            .InitializeAsync(seed ?? TestSeeds.AliceAndBob(), CancellationToken.None);
        return new SeededStore(
            services,
            services.GetRequiredService<IImListStore>(),
            services.GetRequiredService<ImGroupService>(),
            services.GetRequiredService<ImContactService>(),
            services.GetRequiredService<ImListService>(),
            (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Id,
            (await StoreQueries.MailboxAsync(services, TestSeeds.BobSmtp)).Id,
            seeded);
    }

    /// <summary>The EWS id of one of Alice's seeded contacts.</summary>
    public string AlicesContact(string key) => Seeded.ContactId(TestSeeds.AliceSmtp, key);

    /// <summary>The row number of one of Alice's seeded contacts.</summary>
    public long AlicesContactNumber(string key)
    {
        TestSeeds.Codec.TryDecodeId(AlicesContact(key), out var itemKey);
        return itemKey.ItemNumber;
    }

    public async Task<ImGroup> AddGroupAsync(long mailboxId, string displayName) =>
        (await Groups.AddImGroupAsync(mailboxId, displayName, CancellationToken.None)).Value
        ?? throw new InvalidOperationException($"Group '{displayName}' could not be added.");

    public async Task AddToGroupAsync(string contactId, ImGroup group)
    {
        var result = await Contacts.AddImContactToGroupAsync(group.MailboxId, contactId, Id(group), CancellationToken.None);
        result.IsSuccess.Should().BeTrue("the scene needs contact {0} in group {1}", contactId, group.DisplayName);
    }

    public async Task<ImContact> AddNewContactAsync(long mailboxId, string imAddress, string? displayName, ImGroup? group)
    {
        var result = await Contacts.AddNewImContactToGroupAsync(
            mailboxId, imAddress, displayName, group is null ? null : Id(group), CancellationToken.None);
        var persona = result.Value ?? throw new InvalidOperationException($"Contact '{imAddress}' could not be added: {result.Error}.");

        // The contact the address names: the quick contact made for it, or the mailbox's own that has it.
        var normalized = ImAddresses.Normalize(imAddress);
        return persona.Contacts.Single(c => c.Details.ImAddress is { } address && ImAddresses.Normalize(address) == normalized);
    }

    public Task<ImItemList> ReadAsync(long mailboxId, ImListSelection? selection = null) =>
        Store.ReadAsync(mailboxId, selection ?? ImListSelection.Everything, CancellationToken.None);

    public static string Id(ImGroup group) => TestSeeds.Codec.EncodeId(group.Key);

    public static string Id(ImContact contact) => TestSeeds.Codec.EncodeId(contact.Key);
}
