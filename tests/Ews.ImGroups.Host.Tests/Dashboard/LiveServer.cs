using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>A server on a free local port, which a browser and SOAP clients reach over real HTTP.</summary>
public sealed class LiveServer : IDisposable
{
    private readonly EwsServer server;

    public LiveServer(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        server = new EwsServer(settings, services: services);
        server.UseKestrel(0);
        server.StartServer();
        Address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).ToString();

    public EwsClient CreateEwsClient(string user = Users.Alice) => new(new HttpClient { BaseAddress = Address }, user);

    public void Dispose() => server.Dispose();
}
