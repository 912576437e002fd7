using System.ComponentModel.DataAnnotations;

namespace Ews.ImGroups.Host.Common;

/// <summary>What the server reports in <c>ServerVersionInfo</c>; the defaults are Exchange 2013 RTM's.</summary>
public sealed class ServerVersionOptions
{
    [Range(0, int.MaxValue)]
    public int MajorVersion { get; set; } = 15;

    [Range(0, int.MaxValue)]
    public int MinorVersion { get; set; }

    [Range(0, int.MaxValue)]
    public int MajorBuildNumber { get; set; } = 349;

    [Range(0, int.MaxValue)]
    public int MinorBuildNumber { get; set; }

    /// <summary>The schema version emulated; requests may name it or any older version from Exchange2013 on.</summary>
    [Required]
    public string Version { get; set; } = "Exchange2013";
}
