using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Configuration;

/// <summary>
/// Applies <c>Ews:Limits</c> to Kestrel. Each connection holds a file, and a process that runs out of files aborts, so
/// the connection caps together stay below the soft open-file limit less a reserve for the runtime's own files (it holds
/// some 350 once started, two for each assembly), the store, the log and certificates.
/// </summary>
public static partial class ConnectionLimits
{
    public const int ReservedFiles = 512;

    private const string ProcLimits = "/proc/self/limits";

    public static IHostApplicationBuilder AddConnectionLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>()
            .BindConfiguration(LimitsOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<LimitsOptions>, ILoggerFactory>((kestrel, limits, logs) =>
        {
            var openFiles = OpenFileLimit();
            Apply(kestrel.Limits, limits.Value, openFiles);
            if (kestrel.Limits.MaxConcurrentConnections < limits.Value.MaxConnections)
            {
                // Said once at start-up, so an operator who sees refused connections knows which limit to raise.
                LogCapped(logs.CreateLogger(typeof(ConnectionLimits)), openFiles, kestrel.Limits.MaxConcurrentConnections, limits.Value.MaxConnections);
            }
        });
        return builder;
    }

    /// <summary>Sets the caps and timeouts; <paramref name="openFileLimit"/> is the soft limit, null where unknown.</summary>
    public static void Apply(KestrelServerLimits kestrel, LimitsOptions limits, long? openFileLimit)
    {
        var budget = openFileLimit - ReservedFiles ?? long.MaxValue;
        var connections = Math.Max(1, Math.Min(limits.MaxConnections, budget));
        kestrel.MaxConcurrentConnections = connections;
        kestrel.MaxConcurrentUpgradedConnections = Math.Min(limits.MaxUpgradedConnections, Math.Max(0, budget - connections));
        kestrel.KeepAliveTimeout = TimeSpan.FromSeconds(limits.KeepAliveSeconds);
        kestrel.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The open-file limit of {OpenFiles} allows {Connections} connections at once, fewer than Ews:Limits:MaxConnections ({Configured}); raise the limit (ulimit -n) to hold more")]
    private static partial void LogCapped(ILogger logger, long? openFiles, long? connections, int configured);

    /// <summary>The soft limit on open files, as Linux reports it for this process; null elsewhere or when unlimited.</summary>
    public static long? OpenFileLimit()
    {
        if (!File.Exists(ProcLimits))
        {
            return null;
        }

        // The line reads "Max open files  <soft>  <hard>  files".
        var line = File.ReadLines(ProcLimits).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var fields = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields is [var soft, ..] && long.TryParse(soft, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
