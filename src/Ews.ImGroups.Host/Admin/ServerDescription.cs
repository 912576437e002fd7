using System.Globalization;
using System.Reflection;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Admin;

/// <summary>What the server is and holds, as the control API and the dashboard both show it.</summary>
public sealed class ServerDescription(
    StoreAdministration store,
    RequestJournal journal,
    ChaosRules chaos,
    AccountDirectory accounts,
    AdminAccess access,
    IOptions<EwsOptions> ews,
    IOptions<JournalOptions> journalOptions)
{
    public static readonly string Version =
        typeof(ServerDescription).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<ServerInfoView> DescribeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(cancellationToken);
        var version = ews.Value.ServerVersion;
        var limits = journalOptions.Value;
        return new ServerInfoView(
            Version,
            version.Version,
            string.Create(CultureInfo.InvariantCulture,
                $"{version.MajorVersion}.{version.MinorVersion}.{version.MajorBuildNumber}.{version.MinorBuildNumber}"),
            accounts.Mode.ToString(),
            access.Protected,
            EwsEndpoint.UrlFor(request),
            new ServerCountsView(
                counts.Mailboxes, counts.Groups, counts.Contacts, counts.DistributionGroups,
                await journal.CountAsync(cancellationToken), (await chaos.ListAsync(cancellationToken)).Count),
            new JournalLimitsView(limits.MaxEntries, limits.MaxAge, limits.MaxXmlChars));
    }
}
