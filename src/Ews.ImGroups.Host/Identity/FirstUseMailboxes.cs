using System.Diagnostics.Metrics;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Observability;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// The mailbox a signed-in caller or an impersonation target uses, created on first use. In AutoProvision mode
/// creation stops once the store holds <see cref="AuthenticationOptions.MaxAutoProvisionedMailboxes"/> mailboxes, so
/// anonymous clients cannot fill it; mailboxes that exist keep working. Refusals are counted in <c>/metrics</c> and
/// logged as a warning at most once a minute.
/// </summary>
public sealed partial class FirstUseMailboxes
{
    public const string RefusalsName = "ews_autoprovision_refusals";

    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);

    private readonly IMailboxDirectory directory;
    private readonly AuthenticationOptions options;
    private readonly Counter<long> refusals;
    private readonly KeyValuePair<string, object?> replica;
    private readonly TimeProvider clock;
    private readonly ILogger<FirstUseMailboxes> logger;
    private long nextWarningTicks;

    public FirstUseMailboxes(
        IMailboxDirectory directory, IOptions<AuthenticationOptions> options, EwsMetrics metrics, TimeProvider clock, ILogger<FirstUseMailboxes> logger)
    {
        this.directory = directory;
        this.options = options.Value;
        refusals = metrics.Meter.CreateCounter<long>(RefusalsName, description: "New mailboxes AutoProvision refused because the store is full.");
        replica = metrics.Replica;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>The mailbox of a normalized address; null when it would be new and the store already holds the most allowed.</summary>
    public async Task<Mailbox?> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        // Strict mode creates mailboxes only for accounts, which the operator chose.
        if (options.Mode != AuthenticationMode.AutoProvision)
        {
            return await directory.GetOrCreateAsync(smtpAddress, cancellationToken);
        }

        var mailbox = await directory.GetOrCreateWithinAsync(smtpAddress, options.MaxAutoProvisionedMailboxes, cancellationToken);
        if (mailbox is null)
        {
            Refused(smtpAddress);
        }

        return mailbox;
    }

    private void Refused(string smtpAddress)
    {
        refusals.Add(1, replica);
        var now = clock.GetUtcNow().UtcTicks;
        var next = Interlocked.Read(ref nextWarningTicks);
        if (now >= next && Interlocked.CompareExchange(ref nextWarningTicks, now + WarningInterval.Ticks, next) == next)
        {
            LogFull(options.MaxAutoProvisionedMailboxes, smtpAddress);
        }
        else
        {
            LogRefused(smtpAddress);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store holds {Max} mailboxes, the most AutoProvision creates "
        + "(" + IdentitySetup.SectionName + ":MaxAutoProvisionedMailboxes): new addresses such as {Address} are refused")]
    private partial void LogFull(int max, string address);

    [LoggerMessage(Level = LogLevel.Debug, Message = "AutoProvision refused a new mailbox for {Address}: the store is full")]
    private partial void LogRefused(string address);
}
