using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ews.ImGroups.Host.Journal;

/// <summary>The journal area: recent SOAP exchanges kept in memory, with their size reported in the metrics.</summary>
public static class JournalSetup
{
    public static IHostApplicationBuilder AddJournal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<JournalOptions>()
            .BindConfiguration(JournalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<RequestJournal>();
        builder.Services.AddSingleton(services => new MetricGauge(
            "ews_journal_entries", "SOAP exchanges the journal holds.", () => services.GetRequiredService<RequestJournal>().Count));
        return builder;
    }
}
