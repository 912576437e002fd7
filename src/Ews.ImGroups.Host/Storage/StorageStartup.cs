using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Storage;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Storage;

/// <summary>Migrates the store and loads the seed before the server starts listening.</summary>
public sealed partial class StorageStartup(
    StorageInitializer initializer,
    IdKeyProvider idKeys,
    IOptions<EwsOptions> options,
    SeedState seedState,
    ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seedFile = SeedFiles.Select(options.Value);
        var seed = seedFile is null ? null : await SeedLoader.ReadAsync(seedFile, cancellationToken);
        var contacts = await initializer.InitializeAsync(seed, cancellationToken);
        seedState.Document = seed;

        // The initializer has loaded the store's id key, so the codec exists now.
        var ids = idKeys.Codec;
        foreach (var contact in contacts)
        {
            var contactId = ids.EncodeId(contact.Contact);
            LogSeededContact(contact.Mailbox, contact.Key, contactId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded contact {Mailbox} {Key} has id {ContactId}")]
    private partial void LogSeededContact(string mailbox, string key, string contactId);
}
