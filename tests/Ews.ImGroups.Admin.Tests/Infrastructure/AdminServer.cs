using System.Net.Http.Headers;
using System.Text;

namespace Ews.ImGroups.Admin.Tests.Infrastructure;

/// <summary>
/// The real server in process on its own SQLite file, with the sample seed; one per test class, brought back to the
/// seed, without journal or chaos rules, before each test through the client under test.
/// </summary>
public class AdminServer : TemporaryStoreServer, IAsyncLifetime
{
    public AdminServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected AdminServer(Dictionary<string, string?> settings)
        : base("ews-imgroups-admin-", settings)
    {
    }

    /// <summary>The admin token the server asks for, if any.</summary>
    public string? Token => Settings.GetValueOrDefault("Ews:Admin:Token");

    /// <summary>A client of the server's control API, with the server's token unless another is given.</summary>
    public EwsImGroupsAdminClient Admin(string? token = null) =>
        new(CreateClient(), new EwsImGroupsAdminClientOptions { BaseAddress = ClientOptions.BaseAddress, AdminToken = token ?? Token });

    /// <summary>Sends one SOAP operation to EWS as <paramref name="user"/> (any password does in AutoProvision mode).</summary>
    public async Task<HttpResponseMessage> CallEwsAsync(string user, string operationXml)
    {
        var envelope = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                           xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                           xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
              <soap:Header><t:RequestServerVersion Version="Exchange2013" /></soap:Header>
              <soap:Body>{operationXml}</soap:Body>
            </soap:Envelope>
            """;
        using var http = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/EWS/Exchange.asmx", UriKind.Relative))
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:secret")));
        return await http.SendAsync(request);
    }

    public Task InitializeAsync() => ResetEverythingAsync();

    /// <summary>The store back to the seed, no chaos rules and an empty journal.</summary>
    public async Task ResetEverythingAsync()
    {
        var admin = Admin();
        await admin.ResetAsync();
        await admin.ClearChaosRulesAsync();
        await admin.ClearJournalAsync();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The server with <c>Ews:Admin:Token</c> set, so the control API asks for it.</summary>
public sealed class ProtectedAdminServer() : AdminServer(new Dictionary<string, string?> { ["Ews:Admin:Token"] = "a-token-of-sixteen-or-more" });
