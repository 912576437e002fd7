using System.Collections.Concurrent;
using System.Net;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Published;
using Ews.ImGroups.TestSupport.PostgreSql;
using Xunit.Abstractions;

namespace Ews.ImGroups.Host.Tests.Replicas;

/// <summary>
/// What clients of a shared store see when part of it fails: a replica killed under load loses nothing it
/// acknowledged, and a database stopped under load gets Exchange's outage fault, readiness says so, and the server
/// recovers by itself once the database is back, with every acknowledged change kept.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class ReplicaFailureTests(PublishedApp app, ITestOutputHelper output)
{
    private const int Workers = 6;

    /// <summary>A bound on each client's loop, so a broken server cannot keep a test running.</summary>
    private const int MaxRounds = 2_000;

    private static readonly Dictionary<string, string> Settings = new() { ["Ews__MaxGroupsPerMailbox"] = "100000" };

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Killed_replica_loses_no_acknowledged_change_and_the_other_serves_them_all()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2, settings: Settings);
        using var run = new Run();
        var workers = Enumerable.Range(0, Workers)
            .Select(w => Task.Run(() => WriteAsync(replicas[w % 2].BaseAddress, w, run, stopOnFailure: w % 2 == 0)))
            .ToList();
        await run.WaitForSuccessesAsync(150);

        run.Killing();
        var exitCode = replicas[0].Kill();
        await run.WaitForSuccessesAsync(run.Successes + 30);
        run.Stop();
        await Task.WhenAll(workers);

        exitCode.Should().Be(128 + 9, "the replica was ended by SIGKILL and ran no shutdown code");
        run.Unexpected.Should().BeEmpty("the surviving replica answers every request, and the killed one fails only once killed");
        await AssertAcknowledgedAsync(replicas[1].BaseAddress, run);
        output.WriteLine($"{run.Acknowledged.Count} groups acknowledged");
    }

    [SkippableFact]
    public async Task Database_outage_gets_the_outage_fault_and_readiness_flips_then_recovers_without_losing_anything()
    {
        await using var cluster = await PostgresCluster.StartPrivateAsync();
        await using var replicas = await ReplicaSet.StartAsync(app, 1, cluster, Settings);
        var server = replicas[0];
        using var run = new Run { OutageAllowed = true };
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => WriteAsync(server.BaseAddress, w, run, stopOnFailure: false))).ToList();
        await run.WaitForSuccessesAsync(100);

        await cluster.StopAsync();
        var outages = run.Outages;
        await run.WaitForOutagesAsync(outages + 20);
        using (var ready = await server.Http.GetAsync(HealthEndpoints.Ready))
        {
            ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the store cannot be reached");
        }

        using (var live = await server.Http.GetAsync(HealthEndpoints.Live))
        {
            live.StatusCode.Should().Be(HttpStatusCode.OK, "the process itself is fine");
        }

        using (var control = await server.Http.GetAsync("/admin/api/mailboxes"))
        {
            control.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            control.Content.Headers.ContentType?.MediaType.Should().Be(AdminHttp.ProblemJson);
        }

        await cluster.StartAsync();
        await EventuallyReadyAsync(server);
        await run.WaitForSuccessesAsync(run.Successes + 50);
        run.Stop();
        await Task.WhenAll(workers);

        run.Unexpected.Should().BeEmpty("during the outage every answer is a success or the outage fault, and none hangs");
        run.Outages.Should().BeGreaterThan(0);
        await AssertAcknowledgedAsync(server.BaseAddress, run);
        output.WriteLine($"{run.Acknowledged.Count} groups acknowledged, {run.Outages} outage answers");
    }

    /// <summary>One client's loop: adds groups to its own mailbox until told to stop.</summary>
    private static async Task WriteAsync(Uri address, int worker, Run run, bool stopOnFailure)
    {
        var user = $"writer{worker}@replicas.example";
        using var client = new EwsClient(new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) }, user);
        for (var round = 0; round < MaxRounds && !run.Stopping; round++)
        {
            var name = $"W{worker} R{round}";
            EwsReply reply;
            try
            {
                reply = await client.PostAsync(Requests.AddImGroup(name));
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                if (stopOnFailure && run.Killed)
                {
                    return;
                }

                run.Unexpected.Enqueue($"{user} {name}: {e.GetType().Name} {e.Message}");
                return;
            }

            if (reply.Status == HttpStatusCode.OK && reply.ResponseCode == "NoError")
            {
                run.Acknowledge(user, name);
            }
            else if (run.OutageAllowed && reply.Status == HttpStatusCode.InternalServerError && reply.ResponseCode == "ErrorMailboxStoreUnavailable")
            {
                run.Outage();
                await Task.Delay(20, CancellationToken.None);
            }
            else
            {
                run.Unexpected.Enqueue($"{user} {name}: HTTP {(int)reply.Status} {reply.ResponseCode} {reply.Body}");
                return;
            }
        }
    }

    private static async Task AssertAcknowledgedAsync(Uri address, Run run)
    {
        foreach (var user in run.Acknowledged.Select(a => a.User).Distinct())
        {
            using var client = new EwsClient(new HttpClient { BaseAddress = address }, user);
            var list = ImListView.Read(await client.PostAsync(Requests.GetImItemList()));
            var listed = list.UserGroups.Select(g => g.DisplayName).ToHashSet();
            run.Acknowledged.Where(a => a.User == user).Select(a => a.Group).Should().OnlyContain(g => listed.Contains(g), "every acknowledged group of {0} is kept", user);
            list.Groups.Where(g => g.GroupType != GroupTypes.UserGroup).Should().HaveCount(SystemGroups.All.Count, "{0} has its system groups once", user);
        }
    }

    private static async Task EventuallyReadyAsync(RunningServer server)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            using var ready = await server.Http.GetAsync(HealthEndpoints.Ready, CancellationToken.None);
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            patience.IsCancellationRequested.Should().BeFalse("the server recovers by itself once the database is back");
            await Task.Delay(100, CancellationToken.None);
        }
    }

    private sealed class Run : IDisposable
    {
        private readonly SemaphoreSlim progress = new(0);
        private int successes;
        private int outages;

        public bool OutageAllowed { get; init; }

        public ConcurrentQueue<string> Unexpected { get; } = new();

        public ConcurrentBag<(string User, string Group)> Acknowledged { get; } = [];

        public int Successes => Volatile.Read(ref successes);

        public int Outages => Volatile.Read(ref outages);

        public bool Killed { get; private set; }

        public bool Stopping { get; private set; }

        public void Acknowledge(string user, string group)
        {
            Acknowledged.Add((user, group));
            Interlocked.Increment(ref successes);
            progress.Release();
        }

        public void Outage()
        {
            Interlocked.Increment(ref outages);
            progress.Release();
        }

        public void Killing() => Killed = true;

        public void Stop() => Stopping = true;

        public void Dispose() => progress.Dispose();

        public Task WaitForSuccessesAsync(int count) => WaitAsync(() => Successes >= count, $"{count} successes");

        public Task WaitForOutagesAsync(int count) => WaitAsync(() => Outages >= count, $"{count} outage answers");

        private async Task WaitAsync(Func<bool> reached, string what)
        {
            using var patience = new CancellationTokenSource(Patience);
            while (!reached())
            {
                if (!Unexpected.IsEmpty)
                {
                    throw new Xunit.Sdk.XunitException($"Waiting for {what}: {string.Join("\n", Unexpected)}");
                }

                try
                {
                    await progress.WaitAsync(patience.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new Xunit.Sdk.XunitException($"No {what} within {Patience}: {string.Join("\n", Unexpected)}");
                }
            }
        }
    }
}
