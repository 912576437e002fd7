namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// A test on its class's <see cref="SharedServer"/>, which is reset before the test runs, with a client signed in as
/// one of the seeded users. Tests that need a server of their own (other services, restarts, settings of their own)
/// use <see cref="ServerTest"/>.
/// </summary>
public abstract class SharedServerTest<TServer> : IClassFixture<TServer>, IAsyncLifetime, IDisposable
    where TServer : SharedServer
{
    private readonly TServer shared;

    protected SharedServerTest(TServer shared, string user = Users.Alice)
    {
        this.shared = shared;
        Client = shared.Server.CreateEwsClient(user);
    }

    protected EwsServer Server => shared.Server;

    protected EwsClient Client { get; }

    /// <summary>Runs after the constructor and before the test; a constructor could not wait for the reset.</summary>
    public Task InitializeAsync() => shared.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

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
        }
    }
}
