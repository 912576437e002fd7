using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Observability;

/// <summary>The <c>Ews:Diagnostics</c> section: figures about the process itself, off unless asked for.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Diagnostics";

    /// <summary>Answers <see cref="DiagnosticsEndpoints.AllocatedBytes"/>; meant for benchmarks, not for production.</summary>
    public bool ExposeAllocatedBytes { get; set; }
}
