using System.Diagnostics;
using System.Globalization;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// The server <see cref="HostileInputCorpusTests"/> replays every entry against: data for alice and bob, a canary
/// listener, and a canary file in the server's data folder. Every entry starts from the same store; one left changed
/// by an earlier entry (which failed for it) is reset and set up again first.
/// </summary>
public sealed class CorpusServer() : SharedServer(new Dictionary<string, string?>
{
    // Large enough that the gate's element limit (20,000) and a DTD of a quadratic blowup can be reached inside the
    // limit, so those entries show the refusal they target rather than the size limit.
    ["Ews:MaxRequestBytes"] = MaxRequestBytes.ToString(CultureInfo.InvariantCulture),
})
{
    public const int MaxRequestBytes = 131_072;

    private Uri canaryFile = null!;
    private IReadOnlyList<string> startState = [];

    /// <summary>The store as the last entry left it; null when that entry did not get as far as looking.</summary>
    private IReadOnlyList<string>? lastSeen;

    public CanaryListener Canary { get; } = new();

    /// <summary>Written to the canary file: an answer holding it would show the file was read.</summary>
    public string CanaryToken { get; } = $"CANARY-{Guid.NewGuid():N}";

    public CorpusContext Context { get; private set; } = null!;

    /// <summary>The test process's memory before the first entry, which includes the in-process server's.</summary>
    public MemoryFigures MemoryAtStart { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AssertCanaryCountsAsync();
        var path = Path.Combine(Server.DataDirectory, "canary.txt");
        await File.WriteAllTextAsync(path, CanaryToken);
        canaryFile = new Uri(path);
        await SetUpStateAsync();
        foreach (var table in StoreSnapshot.ExpectedTables)
        {
            startState.Should().Contain(line => line.StartsWith($"table {table}: ", StringComparison.Ordinal), "the snapshot covers the whole store");
        }

        lastSeen = startState;
        MemoryAtStart = MemoryFigures.Take();
    }

    /// <summary>The store as the next entry finds it: the state set up at the start, brought back if an entry changed it.</summary>
    public async Task<IReadOnlyList<string>> StoreBeforeEntryAsync()
    {
        var now = lastSeen ?? await StoreSnapshot.TakeAsync(Server);
        lastSeen = null;
        if (StoreSnapshot.Differences(startState, now).Count == 0)
        {
            return now;
        }

        await ResetAsync();
        await SetUpStateAsync();
        return startState;
    }

    /// <summary>The store as an entry left it, which the next entry starts from unless it differs from the start.</summary>
    public async Task<IReadOnlyList<string>> StoreAfterEntryAsync() => lastSeen = await StoreSnapshot.TakeAsync(Server);

    public override async Task DisposeAsync()
    {
        Canary.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>
    /// Gives alice and bob groups, members and distribution groups, and notes the ids the corpus names, as the server
    /// issued them (the seeded contacts' ids are the seed's, as <see cref="Users"/> spells them).
    /// </summary>
    private async Task SetUpStateAsync()
    {
        using var alice = Server.CreateEwsClient(Users.Alice);
        using var bob = Server.CreateEwsClient(Users.Bob);
        var ids = new Dictionary<string, string>
        {
            [CorpusIds.AliceContactBob] = Users.AliceContactBob,
            [CorpusIds.AliceContactCarol] = Users.AliceContactCarol,
            [CorpusIds.BobContactAlice] = Users.BobContactAlice,
            [CorpusIds.AliceTarget] = (await SucceedAsync(alice, Requests.AddImGroup("Hostile Target"))).StoreId!,
            [CorpusIds.AliceCafe] = (await SucceedAsync(alice, Requests.AddImGroup("Café"))).StoreId!,
            [CorpusIds.BobSecret] = (await SucceedAsync(bob, Requests.AddImGroup(CorpusIds.BobSecretGroupName))).StoreId!,
            [CorpusIds.BobSales] = (await SucceedAsync(bob, Requests.AddDistributionGroupToImList("sales@contoso.com", "Sales"))).StoreId!,
        };
        await SucceedAsync(alice, Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));
        await SucceedAsync(alice, Requests.AddImContactToGroup(Users.AliceContactBob, ids[CorpusIds.AliceTarget]));
        await SucceedAsync(bob, Requests.AddImContactToGroup(Users.BobContactAlice, ids[CorpusIds.BobSecret]));
        ids[CorpusIds.BobMallory] = (await SucceedAsync(
            bob, Requests.AddNewImContactToGroup(CorpusIds.BobMalloryAddress, "Mallory Secret", ids[CorpusIds.BobSecret]))).SourceIds().Single();

        // The list shows the system groups first (Other Contacts, Tagged, Favorites) and alice's one persona, Bob Brown.
        var list = await SucceedAsync(alice, Requests.GetImItemList());
        ids[CorpusIds.AliceTagged] = list.GroupIds()[1];
        ids[CorpusIds.AliceFavorites] = list.GroupIds()[2];
        ids[CorpusIds.AlicePersonaBob] = list.PersonaIds().Single();
        list.SourceIds().Should().Equal(Users.AliceContactBob);
        ids.Values.Should().OnlyHaveUniqueItems("each name must stand for its own item");

        Context = new CorpusContext(Canary.Url, canaryFile, MaxRequestBytes, ids);
        startState = await StoreSnapshot.TakeAsync(Server);
    }

    /// <summary>A canary that counted nothing because it could not count would prove nothing: one connection is made to it first.</summary>
    private async Task AssertCanaryCountsAsync()
    {
        using (var probe = new System.Net.Sockets.TcpClient())
        {
            await probe.ConnectAsync(Canary.Url.Host, Canary.Url.Port);
        }

        for (var wait = 0; Canary.Connections == 0 && wait < 100; wait++)
        {
            await Task.Delay(50);
        }

        Canary.Connections.Should().Be(1, "the canary counts connections");
    }

    private static async Task<EwsReply> SucceedAsync(EwsClient client, string request)
    {
        var reply = await client.PostAsync(request);
        reply.ResponseCode.Should().Be("NoError", "setting up needs {0}", request);
        return reply;
    }
}

/// <summary>The test process's memory, which includes the in-process server's.</summary>
public sealed record MemoryFigures(long PeakWorkingSet, long WorkingSet, long ManagedHeap, long AllocatedTotal)
{
    public static MemoryFigures Take()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new(process.PeakWorkingSet64, process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), GC.GetTotalAllocatedBytes());
    }

    public override string ToString() =>
        $"peak working set {Mb(PeakWorkingSet)}, working set {Mb(WorkingSet)}, managed heap {Mb(ManagedHeap)}, allocated so far {Mb(AllocatedTotal)}";

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
