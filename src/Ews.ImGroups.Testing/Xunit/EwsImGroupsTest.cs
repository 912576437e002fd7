using Xunit;

namespace Ews.ImGroups.Testing.Xunit;

/// <summary>
/// A base for test classes sharing one server (<typeparamref name="TFixture"/>): before each test the server is reset
/// to its seed, with an empty journal and no chaos rules, so tests do not see each other's changes.
/// </summary>
public abstract class EwsImGroupsTest<TFixture>(TFixture fixture) : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : EwsImGroupsFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected EwsImGroupsServer Server => Fixture.Server;

    public virtual Task InitializeAsync() => Server.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
