using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>A test class with its own fresh server and a client signed in as one of the seeded users.</summary>
public abstract class ServerTest : IDisposable
{
    protected ServerTest(IDictionary<string, string?>? settings = null, string user = Users.Alice, Action<IServiceCollection>? services = null)
    {
        Server = new EwsServer(settings, services: services);
        Client = Server.CreateEwsClient(user);
    }

    protected EwsServer Server { get; }

    protected EwsClient Client { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
            Server.Dispose();
        }
    }
}
