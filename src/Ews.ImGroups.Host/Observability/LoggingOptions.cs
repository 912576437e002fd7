using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Observability;

/// <summary>The <c>Ews:Logging</c> configuration section; levels stay under Serilog's own <c>Serilog</c> section.</summary>
public sealed class LoggingOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Logging";

    public LogFormat Format { get; set; } = LogFormat.Plain;
}
