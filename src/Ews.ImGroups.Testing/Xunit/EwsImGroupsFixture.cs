using Xunit;

namespace Ews.ImGroups.Testing.Xunit;

/// <summary>
/// An xunit class fixture holding one server for a test class. Derive from it and override <see cref="Configure"/> to
/// seed the server; derive the test class from <see cref="EwsImGroupsTest{TFixture}"/> to reset it before each test.
/// </summary>
public class EwsImGroupsFixture : IAsyncLifetime
{
    private EwsImGroupsServer? server;

    public EwsImGroupsServer Server => server ?? throw new InvalidOperationException("The server starts when xunit initializes the fixture.");

    public async Task InitializeAsync() => server = await EwsImGroupsServer.StartAsync(Configure);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Seeds the server and sets its options; the default starts an empty AutoProvision server.</summary>
    protected virtual void Configure(EwsImGroupsServerOptions options)
    {
    }
}
