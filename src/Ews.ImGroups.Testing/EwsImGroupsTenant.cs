using Ews.ImGroups.Admin;
using Ews.ImGroups.Client;
using Ews.ImGroups.Host;
using Ews.ImGroups.Testing.Journal;

namespace Ews.ImGroups.Testing;

/// <summary>
/// One tenant's world on a running server (<c>/t/{tenant}/…</c>): its own mailboxes, ids, journal and chaos rules,
/// made on its first request and empty until seeded. Suites sharing one server each take a tenant of their own.
/// </summary>
public sealed class EwsImGroupsTenant
{
    private readonly EwsImGroupsServer server;
    private readonly EwsImGroupsEndpoints endpoints;

    internal EwsImGroupsTenant(EwsImGroupsServer server, string name, EwsImGroupsEndpoints endpoints, HttpClient controlHttp)
    {
        this.server = server;
        this.endpoints = endpoints;
        Name = name;
        Admin = new EwsImGroupsAdminClient(controlHttp, new EwsImGroupsAdminClientOptions { BaseAddress = endpoints.BaseAddress, AdminToken = server.AdminToken });
        Journal = new EwsImGroupsJournal(Admin);
    }

    public string Name { get; }

    /// <summary>The tenant's root, <c>http://127.0.0.1:&lt;port&gt;/t/{tenant}/</c>.</summary>
    public Uri BaseAddress => endpoints.BaseAddress;

    public Uri EwsUrl => endpoints.Ews;

    public Uri AutodiscoverUrl => endpoints.Autodiscover;

    public Uri ControlApiUrl => endpoints.ControlApi;

    public Uri DashboardUrl => endpoints.Dashboard;

    /// <summary>The control API of this tenant's world.</summary>
    public EwsImGroupsAdminClient Admin { get; }

    public EwsImGroupsJournal Journal { get; }

    /// <summary>A UCS client of this tenant, signed in as <see cref="EwsImGroupsServer.CreateClient"/> signs in.</summary>
    public EwsImClient CreateClient(string mailbox, string? password = null, string? impersonatedAddress = null) =>
        server.CreateClient(endpoints, mailbox, password, impersonatedAddress);

    /// <summary>Empties the tenant's world, its journal and its chaos rules; other tenants keep theirs.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await Admin.ResetAsync(cancellationToken);
        await Admin.ClearChaosRulesAsync(cancellationToken);
        await Journal.ClearAsync(cancellationToken);
    }
}
