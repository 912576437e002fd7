using System.ComponentModel.DataAnnotations;
using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Admin;

/// <summary>The <c>Ews:Admin</c> section: how the control API and the dashboard are protected.</summary>
public sealed class AdminOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Admin";

    /// <summary>
    /// The token the control API requires as <c>Authorization: Bearer</c> (the dashboard asks for it once and keeps
    /// it in a cookie). Unset leaves both open to anyone who can reach the server, which start-up warns about.
    /// </summary>
    [MinLength(16)]
    public string? Token { get; set; }

    /// <summary>
    /// Host names besides loopback names and IP addresses under which the control API and the dashboard answer
    /// (<c>*.example.com</c> covers subdomains, <c>*</c> every name). Empty takes the names of the listening
    /// addresses, a wildcard binding standing for the machine's name.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}
