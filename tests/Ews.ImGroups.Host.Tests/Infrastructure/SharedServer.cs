using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// One server for all tests of a class (an xunit class fixture), brought back to how it started before each test by
/// <see cref="SharedServerTest{TServer}"/>. Subclasses give the settings and services a test class needs; a test
/// class whose tests need a server of their own uses <see cref="ServerTest"/> instead.
/// </summary>
public class SharedServer : IAsyncLifetime
{
    private const string AdminTokenSetting = "Ews:Admin:Token";

    private readonly string? adminToken;
    private IReadOnlyList<(long Id, string SmtpAddress)> startMailboxes = [];

    public SharedServer()
        : this(null)
    {
    }

    protected SharedServer(IDictionary<string, string?>? settings, Action<IServiceCollection>? services = null)
    {
        Server = new EwsServer(settings, services: services);
        adminToken = settings?.TryGetValue(AdminTokenSetting, out var token) == true ? token : null;
    }

    public EwsServer Server { get; }

    /// <summary>Starts the server and notes its seeded mailboxes, which every reset must give back unchanged.</summary>
    public virtual async Task InitializeAsync() => startMailboxes = await MailboxesAsync();

    /// <summary>
    /// Resets store and accounts to the start-up seed through the control API, and empties the journal and the chaos
    /// rules, which a reset leaves alone.
    /// </summary>
    public async Task ResetAsync()
    {
        using var http = Server.CreateClient();
        if (adminToken is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        }

        foreach (var (method, path) in new[] { (HttpMethod.Post, "/admin/api/reset"), (HttpMethod.Delete, "/admin/api/journal"), (HttpMethod.Delete, "/admin/api/chaos") })
        {
            using var request = new HttpRequestMessage(method, path);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        // A reset keeps the rows of seeded mailboxes. One a test deleted comes back under a new number, and the ids
        // the tests spell (mailboxes 1 and 2) would no longer be the server's: such a test needs a server of its own.
        (await MailboxesAsync()).Should().Equal(startMailboxes, "a reset must bring back the seeded mailboxes under their first numbers");
    }

    public virtual Task DisposeAsync()
    {
        Server.Dispose();
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<(long, string)>> MailboxesAsync() =>
        (await Server.MailboxesAsync()).Select(m => (m.Id, m.SmtpAddress)).ToList();
}
