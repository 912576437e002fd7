using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// A test with a fresh server of its own and a client signed in as one of the seeded users, for tests that need other
/// services, restarts or server state no reset brings back; the others share a server through <see cref="SharedServerTest{TServer}"/>.
/// </summary>
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
