using System.Diagnostics.Metrics;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// The journal area: recent SOAP exchanges, kept in memory unless the store gives a shared place for them, with their
/// number reported in the metrics.
/// </summary>
public static class JournalSetup
{
    public const string EntriesGauge = "ews_journal_entries";

    public static IHostApplicationBuilder AddJournal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JournalOptions>()
            .BindConfiguration(JournalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ChangeFeed>();
        builder.Services.TryAddSingleton<IJournalEntries, MemoryJournalEntries>();
        builder.Services.AddSingleton(services =>
        {
            // The EWS endpoint's recorder takes the journal when the pipeline is built, so the gauge exists from
            // start-up on, before the first scrape.
            var journal = ActivatorUtilities.CreateInstance<RequestJournal>(services);
            var entries = services.GetRequiredService<IJournalEntries>();
            var metrics = services.GetRequiredService<EwsMetrics>();
            metrics.Meter.CreateObservableGauge(
                EntriesGauge, () => new Measurement<int>(entries.Count(), metrics.Replica), description: "SOAP exchanges the journal holds.");
            return journal;
        });
        return builder;
    }
}
