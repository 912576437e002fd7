using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Admin;
using Ews.ImGroups.Client;
using Ews.ImGroups.Host;
using Ews.ImGroups.Testing.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Testing;

/// <summary>
/// The real server, running in this process on Kestrel at a free loopback port, with a store of its own in a temporary
/// folder that disposing removes. Any HTTP client reaches it; several run side by side without sharing anything.
/// </summary>
public sealed class EwsImGroupsServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EwsImGroupsServerOptions options;
    private readonly string connectionString;
    private readonly SocketsHttpHandler handler = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    private readonly HttpClient controlHttp;
    private readonly EwsImGroupsEndpoints endpoints;
    private bool disposed;

    private EwsImGroupsServer(WebApplication app, EwsImGroupsServerOptions options, string dataDirectory, string connectionString)
    {
        this.app = app;
        this.options = options;
        this.connectionString = connectionString;
        DataDirectory = dataDirectory;
        endpoints = EwsImGroupsApplication.Endpoints(app)[0];
        BaseAddress = endpoints.BaseAddress;
        EwsUrl = endpoints.Ews;
        AutodiscoverUrl = endpoints.Autodiscover;
        ControlApiUrl = endpoints.ControlApi;
        DashboardUrl = endpoints.Dashboard;
        controlHttp = new HttpClient(handler, disposeHandler: false);
        Admin = new EwsImGroupsAdminClient(controlHttp, new EwsImGroupsAdminClientOptions { BaseAddress = BaseAddress, AdminToken = options.AdminToken });
        Journal = new EwsImGroupsJournal(Admin);
    }

    /// <summary>The server's root address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri EwsUrl { get; }

    public Uri AutodiscoverUrl { get; }

    public Uri ControlApiUrl { get; }

    public Uri DashboardUrl { get; }

    /// <summary>The temporary folder holding the store and the seed file; removed on dispose.</summary>
    public string DataDirectory { get; }

    /// <summary>The seed file written from the options, which the server loads at start-up and on every reset.</summary>
    public string SeedFile => Path.Combine(DataDirectory, SeedFileName);

    public string? AdminToken => options.AdminToken;

    /// <summary>The control API's client, carrying the admin token when the server has one.</summary>
    public EwsImGroupsAdminClient Admin { get; }

    public EwsImGroupsJournal Journal { get; }

    /// <summary>The server's services, for what the control API does not reach.</summary>
    public IServiceProvider Services => app.Services;

    private const string SeedFileName = "seed.json";

    /// <summary>Starts a server; <paramref name="configure"/> seeds it and sets its authentication mode and settings.</summary>
    public static async Task<EwsImGroupsServer> StartAsync(Action<EwsImGroupsServerOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new EwsImGroupsServerOptions();
        configure?.Invoke(options);

        var dataDirectory = Directory.CreateTempSubdirectory("ews-imgroups-").FullName;
        try
        {
            var seedFile = Path.Combine(dataDirectory, SeedFileName);
            await using (var stream = File.Create(seedFile))
            {
                SeedDocumentWriter.Write(stream, options);
            }

            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "imgroups.db") }.ToString();
            var settings = ServerSettings.For(options, connectionString, seedFile);
            var app = EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions { Settings = settings });
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            return new EwsImGroupsServer(app, options, dataDirectory, connectionString);
        }
        catch
        {
            DeleteQuietly(dataDirectory);
            throw;
        }
    }

    /// <summary>
    /// A UCS client signed in with Basic as <paramref name="mailbox"/>: with <paramref name="password"/>, else the
    /// mailbox's seeded password, else the options' default password.
    /// </summary>
    public EwsImClient CreateClient(string mailbox, string? password = null, string? impersonatedAddress = null) =>
        CreateClient(endpoints, mailbox, password, impersonatedAddress);

    /// <summary>
    /// A tenant's world on this server (<c>/t/{tenant}/…</c>), made on its first request: same accounts, its own
    /// mailboxes, ids, journal and chaos rules.
    /// </summary>
    public EwsImGroupsTenant Tenant(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new EwsImGroupsTenant(this, name, endpoints.ForTenant(name), controlHttp);
    }

    internal EwsImClient CreateClient(EwsImGroupsEndpoints at, string mailbox, string? password, string? impersonatedAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        return new EwsImClient(CreateHttpClient(), new EwsImClientOptions
        {
            Url = at.Ews,
            AutodiscoverUrl = at.Autodiscover,
            Credentials = EwsCredentials.Basic(mailbox, PasswordOf(mailbox, password)),
            ImpersonatedAddress = impersonatedAddress,
        });
    }

    /// <summary>
    /// A plain HTTP client whose <see cref="HttpClient.BaseAddress"/> is the server's root; with a mailbox it sends
    /// that mailbox's Basic credentials. It shares the server's connection pool: no need to dispose it.
    /// </summary>
    public HttpClient CreateHttpClient(string? mailbox = null, string? password = null)
    {
        var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress };
        if (mailbox is not null)
        {
            var pair = Encoding.UTF8.GetBytes($"{mailbox}:{PasswordOf(mailbox, password)}");
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }

        return http;
    }

    /// <summary>
    /// Brings the server back to its start: the store to the seed (ids numbered afresh, as on a new store), with its
    /// accounts, and the journal and chaos rules emptied.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await Admin.ResetAsync(cancellationToken);
        await Admin.ClearChaosRulesAsync(cancellationToken);
        await Journal.ClearAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        controlHttp.Dispose();
        handler.Dispose();
        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            // Pooled connections keep the store's file open, which would stop its folder going on Windows.
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            DeleteQuietly(DataDirectory);
        }
    }

    private string PasswordOf(string mailbox, string? password) =>
        password ?? options.FindMailbox(mailbox)?.Password ?? options.DefaultPassword;

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a test run for.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
