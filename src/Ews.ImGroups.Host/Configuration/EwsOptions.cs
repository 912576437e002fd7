using System.ComponentModel.DataAnnotations;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Configuration;

/// <summary>The <c>Ews</c> configuration section.</summary>
public sealed class EwsOptions
{
    public const string SectionName = "Ews";

    /// <summary>Groups a mailbox may hold besides its system groups.</summary>
    [Range(1, 100_000)]
    public int MaxGroupsPerMailbox { get; set; } = ImListLimits.DefaultMaxGroups;

    /// <summary>Contacts a mailbox's list may hold.</summary>
    [Range(1, 1_000_000)]
    public int MaxContactsPerMailbox { get; set; } = ImListLimits.DefaultMaxContacts;

    /// <summary>Largest request body read, in bytes; larger ones get a schema-validation fault.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>The realm named in Basic challenges.</summary>
    [Required]
    public string Realm { get; set; } = "Ews.ImGroups";

    /// <summary>
    /// Seed file loaded at start-up. Unset means the bundled <c>samples/seed.json</c>; an empty string loads nothing;
    /// a relative path is taken from the working directory.
    /// </summary>
    public string? SeedFile { get; set; }

    [Required]
    public ServerVersionOptions ServerVersion { get; set; } = new();

    /// <summary>
    /// The name this server process reports in journal entries and in the <c>replica</c> label of its metrics, which
    /// tells replicas sharing one store apart; by default the machine's name (a container's or pod's host name).
    /// </summary>
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string ReplicaName { get; set; } = Environment.MachineName;
}
