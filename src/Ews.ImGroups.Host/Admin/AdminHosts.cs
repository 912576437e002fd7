using System.Net;
using Ews.ImGroups.Host.Https;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// The names under which the control API and the dashboard may be reached. A page on a name an attacker controls can
/// have that name re-pointed at this server (DNS rebinding); its requests then carry the attacker's name as
/// <c>Host</c>, and are refused here. Loopback names and IP addresses cannot be rebound, so they are always allowed.
/// </summary>
public sealed class AdminHosts(IOptions<AdminOptions> admin, IOptions<HttpsOptions> https, IServer server)
{
    /// <summary>An <see cref="AdminOptions.AllowedHosts"/> entry that lets every name through.</summary>
    public const string Anyone = "*";

    private const string WildcardPrefix = "*.";

    // The listening addresses are known only once the server has started, which is before any request arrives.
    private readonly Lazy<HashSet<string>> names = new(() => Names(admin.Value, https.Value, server));

    /// <summary>Whether a request naming this host may reach the control API or the dashboard.</summary>
    public bool Allows(HostString host) => Allows(host.Host);

    public bool Allows(string host)
    {
        var name = Normalize(host);
        if (name.Length == 0)
        {
            return false;
        }

        if (IsLoopbackName(name) || IPAddress.TryParse(name.Trim('[', ']'), out _))
        {
            return true;
        }

        var allowed = names.Value;
        return allowed.Contains(Anyone) || allowed.Contains(name)
            || allowed.Any(n => n.StartsWith(WildcardPrefix, StringComparison.Ordinal) && name.EndsWith(n[1..], StringComparison.Ordinal));
    }

    /// <summary>The configured names, else those of the listening addresses; a wildcard binding stands for the machine's name.</summary>
    private static HashSet<string> Names(AdminOptions admin, HttpsOptions https, IServer server)
    {
        var configured = admin.AllowedHosts.Count > 0
            ? admin.AllowedHosts
            : (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(ListeningHost);
        return [.. configured.Concat(https.HostNames).Select(Normalize).Where(n => n.Length > 0)];
    }

    private static string ListeningHost(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? address : address[(start + 3)..];
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)] : rest.Split(':', '/')[0];
        return host is "+" or "*" or "0.0.0.0" or "[::]" ? Environment.MachineName : host;
    }

    private static bool IsLoopbackName(string name) =>
        name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal);

    /// <summary>Host names compare without case and without the trailing dot of a fully qualified name.</summary>
    private static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
