using System.Diagnostics;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// The whole benchmark on one kind of store: start-up time, the baseline, the scenarios on one server (or replicas)
/// with a fresh store, how list reads grow with the list, and memory on a second server seeded with a large store.
/// </summary>
/// <param name="replicas">Servers sharing each store, behind nginx when more than one; only a store outside the servers can be shared.</param>
public sealed class Benchmark(BenchOptions options, HttpClient http, TextWriter progress, IStoreKind store, int replicas = 1)
{
    // Mailbox sets, each used by one scenario so that no scenario's writes change what another one reads.
    private const string GroupsSet = "groups";
    private const string ContactsSet = "contacts";
    private const string RenameSet = "rename";
    private const string SmallListSet = "small";
    private const string LargeListSet = "large";
    private const string GrowthSet = "growth";
    private const string SeededSet = "seeded";
    private const string StartSet = "start";

    private const int ContactsMailboxes = 1024;   // the server's 1,000-contact limit allows 1M contacts over these
    private const int RenameMailboxes = 256;
    private const int SmallListMailboxes = 64;
    private const int SmallListPersonas = 10;
    private const int SmallListGroups = 4;
    private const int LargeListMailboxes = 4;
    public const int LargeListPersonas = 1000;
    private const int LargeListGroups = 64;
    private static readonly int[] GrowthPersonas = [10, 100, 1000];

    /// <summary>Groups of every growth list, so that only the number of personas changes between them.</summary>
    public const int GrowthGroups = 64;

    private const int SeededMailboxes = 1000;
    private const int SeededGroups = 50;
    private const int SeededContacts = 20;
    private const int SeededBatch = 50;
    private const int FixtureBatch = 256;

    /// <summary>
    /// AddImGroup may add 64 groups to a mailbox (the server's default limit). Its mailboxes are enough for the
    /// baseline's rate, which the server cannot beat on the same SOAP stack, to add no more than this many to any.
    /// </summary>
    private const int GroupsPerMailboxBudget = 48;

    /// <summary>User names that are not e-mail addresses: the server refuses them with 401 in every mode.</summary>
    private static readonly string[] RefusedUsers = ["bench-user-1", "bench-user-2", "bench-user-3", "bench-user-4"];

    private const int Ok = 200;
    private const int Unauthorized = 401;
    private const int SchemaFault = 500;

    private static readonly Func<WrkResult, double, double, Check?> ChangeGoal = (f, ratio, _) =>
        new Check($"≥ {Targets.ChangeRatio}× baseline, no errors", ratio >= Targets.ChangeRatio && Clean(f));

    private static readonly Func<WrkResult, double, double, Check?> Expected = (f, _, _) =>
        new Check("every answer as expected", f.UnexpectedStatus == 0 && f.SocketErrors == 0);

    /// <summary>The server answers its allocation counter only when asked to, as the benchmark does.</summary>
    private static readonly Dictionary<string, string> Diagnostics = new() { ["Ews__Diagnostics__ExposeAllocatedBytes"] = "true" };

    private const string WarmupTag = "warm";
    private const string RunTag = "run";

    private readonly Wrk wrk = new(options);

    /// <summary>
    /// Runs it all; the baseline too unless <paramref name="measured"/> gives the one an earlier run measured, with its
    /// peak memory.
    /// </summary>
    public async Task<BenchReport> RunAsync((ScenarioResult Result, long PeakBytes)? measured = null, CancellationToken cancellationToken = default)
    {
        // Replicas start as one server does; their start is not measured again.
        var start = replicas == 1 ? await MeasureStartAsync(cancellationToken) : null;

        var refusedTargets = await TargetList.WriteAsync(WorkFile("refused.tsv"), RefusedUsers, cancellationToken);
        var (baseline, baselinePeak) = measured ?? await RunBaselineAsync(refusedTargets, cancellationToken);

        var (scenarios, growth, scenarioPeak) = await RunScenariosAsync(baseline, refusedTargets, cancellationToken);
        var (seededRead, seeded) = await MeasureSeededStoreAsync(baseline, cancellationToken);
        var memory = new MemoryResult(baselinePeak, scenarioPeak, seeded.IdleBytes, seeded.SeededBytes, seeded.PeakBytes, seeded.Seconds, seeded.Shape,
            new Check($"peak ≤ {Targets.PeakMegabytes} MB", Megabytes(scenarioPeak) <= Targets.PeakMegabytes),
            new Check($"peak ≤ {Targets.PeakMegabytes} MB", Megabytes(seeded.PeakBytes) <= Targets.PeakMegabytes));
        var oneClient = growth.Single(g => g.Personas == LargeListPersonas && g.Connections == 1);
        var largeListOneClient = new Check(
            $"p50 ≤ {Targets.LargeListOneClientP50Milliseconds} ms", Milliseconds(oneClient.Figures.P50Microseconds) <= Targets.LargeListOneClientP50Milliseconds);

        return new BenchReport(
            DateTimeOffset.UtcNow,
            new MachineInfo(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                Environment.Version.ToString(), await WrkVersionAsync(cancellationToken)),
            new Settings(options.Duration, options.Warmup, options.GrowthDuration, options.Connections, options.Threads, options.Timeout),
            baseline,
            [.. scenarios, seededRead],
            growth,
            memory,
            start,
            largeListOneClient);
    }

    /// <summary>
    /// Process start to the first AddImGroup answered with NoError, on an empty data directory with the server's
    /// default settings (so the bundled sample seed loads, as on a first start); the median of several starts.
    /// </summary>
    private async Task<StartResult> MeasureStartAsync(CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var run = 1; run <= options.StartRuns; run++)
        {
            var name = $"start-{run}";
            await using var lease = await store.CreateAsync(name, cancellationToken);
            await using var server = ServerProcess.Start(options.Server, ServerArguments(lease, emptySeed: false), WorkFile(name + ".log"));
            var endpoint = new Uri(await server.WaitForUrlAsync(cancellationToken), EwsRequests.Path);
            while (true)
            {
                if (await AddImGroupSucceedsAsync(endpoint, cancellationToken))
                {
                    times.Add(Stopwatch.GetElapsedTime(server.StartedAt).TotalMilliseconds);
                    break;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(2), cancellationToken);
            }

            Report($"start to first AddImGroup, run {run}: {times[^1]:F0} ms");
        }

        var median = Median(times);
        return new StartResult(times, median, new Check($"≤ {Targets.StartMilliseconds / 1000:0.0#} s", median <= Targets.StartMilliseconds));
    }

    private async Task<bool> AddImGroupSucceedsAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = EwsRequests.AddImGroup("First") };
        request.Headers.TryAddWithoutValidation("Authorization", Mailboxes.Authorization(Mailboxes.Address(StartSet, 1)));
        try
        {
            using var answer = await http.SendAsync(request, cancellationToken);
            return answer.IsSuccessStatusCode && (await answer.Content.ReadAsStringAsync(cancellationToken)).Contains(EwsRequests.Success, StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>The SoapCore floor, driven exactly as the AddImGroup scenario (same script, same request size).</summary>
    private async Task<(ScenarioResult Result, long PeakBytes)> RunBaselineAsync(string targets, CancellationToken cancellationToken)
    {
        await using var baseline = await Deployment.StartAsync(
            options.Baseline, ["--urls", ServerProcess.Loopback], 1, "baseline", options.Work, environment: null, store: null, http, cancellationToken);
        var (figures, usage) = await WarmAndRunAsync(baseline, "AddImGroup", targets, Ok, checkBodies: true, cancellationToken);
        Report($"baseline: {figures.RequestsPerSecond:F0} req/s");
        return (new ScenarioResult("baseline", "Baseline: SoapCore alone, AddImGroup request", figures, usage.CpuMilliseconds, usage.AllocatedKilobytes, true, 1, null),
            baseline.Memory().Peak);
    }

    private async Task<(List<ScenarioResult> Scenarios, List<GrowthResult> Growth, long PeakBytes)> RunScenariosAsync(
        ScenarioResult baseline, string refusedTargets, CancellationToken cancellationToken)
    {
        await using var lease = await store.CreateAsync("server", cancellationToken);
        await using var server = await StartServersAsync("server", lease, cancellationToken);
        var api = new ControlApi(http, server.ControlUrl);

        var seconds = BenchOptions.ToSeconds(options.Warmup) + BenchOptions.ToSeconds(options.Duration);
        var groupsMailboxes = Math.Max(FixtureBatch, (int)Math.Ceiling(baseline.Figures.RequestsPerSecond * seconds / GroupsPerMailboxBudget));
        Report($"seeding the scenario mailboxes ({groupsMailboxes:N0} for AddImGroup)");
        var seeding = Stopwatch.StartNew();
        var groups = Mailboxes.Addresses(GroupsSet, groupsMailboxes).ToArray();
        await api.SeedAsync(groups.Select(Mailboxes.Empty), FixtureBatch, cancellationToken);
        var contacts = await SeedWithWorkGroupAsync(api, ContactsSet, ContactsMailboxes, cancellationToken);
        var renames = await SeedWithWorkGroupAsync(api, RenameSet, RenameMailboxes, cancellationToken);
        var small = Mailboxes.Addresses(SmallListSet, SmallListMailboxes).ToArray();
        await api.SeedAsync(small.Select(a => Mailboxes.WithList(a, SmallListPersonas, SmallListGroups)), FixtureBatch, cancellationToken);
        var large = Mailboxes.Addresses(LargeListSet, LargeListMailboxes).ToArray();
        await api.SeedAsync(large.Select(a => Mailboxes.WithList(a, LargeListPersonas, LargeListGroups)), 1, cancellationToken);
        var growth = GrowthPersonas.Select(n => Mailboxes.Address(GrowthSet, n)).ToArray();
        await api.SeedAsync(GrowthPersonas.Select(n => Mailboxes.WithList(Mailboxes.Address(GrowthSet, n), n, GrowthGroups)), 1, cancellationToken);

        Report($"seeded the scenario mailboxes in {seeding.Elapsed.TotalSeconds:F1} s");

        var groupsTargets = await TargetList.WriteAsync(WorkFile("groups.tsv"), groups, cancellationToken);
        var smallTargets = await TargetList.WriteAsync(WorkFile("small.tsv"), small, cancellationToken);
        var plan = new Scenario[]
        {
            new("add-im-group", $"AddImGroup, distinct names over {groupsMailboxes:N0} mailboxes", "AddImGroup", groupsTargets, Ok, true,
                (f, ratio, cpu) => new Check(
                    $"≥ {Targets.AddImGroupRatio}× baseline, ≤ {Targets.AddImGroupCpuMilliseconds} ms CPU, no errors",
                    ratio >= Targets.AddImGroupRatio && cpu <= Targets.AddImGroupCpuMilliseconds && Clean(f))),
            new("add-new-im-contact-to-group", $"AddNewImContactToGroup, {ContactsMailboxes:N0} mailboxes", "AddNewImContactToGroup",
                await TargetList.WriteAsync(WorkFile("contacts.tsv"), contacts, cancellationToken), Ok, true, ChangeGoal),
            new("get-im-item-list-small", $"GetImItemList, {SmallListPersonas} personas in {SmallListGroups} groups", "GetImItemList", smallTargets, Ok, false,
                (_, ratio, cpu) => new Check(
                    $"≥ {Targets.SmallListRatio}× baseline, ≤ {Targets.SmallListCpuMilliseconds} ms CPU",
                    ratio >= Targets.SmallListRatio && cpu <= Targets.SmallListCpuMilliseconds)),
            new("get-im-item-list-large", $"GetImItemList, {LargeListPersonas:N0} personas in {LargeListGroups} groups", "GetImItemList",
                await TargetList.WriteAsync(WorkFile("large.tsv"), large, cancellationToken), Ok, false,
                (f, _, cpu) => new Check(
                    $"p50 ≤ {Targets.LargeListP50Milliseconds} ms, ≤ {Targets.LargeListCpuMilliseconds} ms CPU",
                    Milliseconds(f.P50Microseconds) <= Targets.LargeListP50Milliseconds && cpu <= Targets.LargeListCpuMilliseconds)),
            new("set-im-group", $"SetImGroup, {RenameMailboxes} mailboxes", "SetImGroup",
                await TargetList.WriteAsync(WorkFile("renames.tsv"), renames, cancellationToken), Ok, true, ChangeGoal),
            // A fault and a refusal are what these two should get: each checks that every answer was the expected one.
            new("schema-fault", "Schema fault (empty DisplayName)", "EmptyGroupName", smallTargets, SchemaFault, false, Expected),
            new("unauthorized", "401 (user name not an address)", "AddImGroup", refusedTargets, Unauthorized, false, Expected),
        };

        var results = new List<ScenarioResult>();
        foreach (var scenario in plan)
        {
            var (figures, usage) = await WarmAndRunAsync(
                server, scenario.Request, scenario.Targets, scenario.ExpectedStatus, scenario.CheckBodies, cancellationToken);
            var ratio = figures.RequestsPerSecond / baseline.Figures.RequestsPerSecond;
            results.Add(new ScenarioResult(scenario.Key, scenario.Title, figures, usage.CpuMilliseconds, usage.AllocatedKilobytes, scenario.CheckBodies, ratio,
                scenario.Goal(figures, ratio, usage.CpuMilliseconds), usage.DatabaseCpuMilliseconds));
            Report($"{scenario.Title}: {figures.RequestsPerSecond:F0} req/s, p50 {Milliseconds(figures.P50Microseconds):F1} ms");
        }

        var growthResults = await MeasureGrowthAsync(server, growth, cancellationToken);
        return (results, growthResults, server.Memory().Peak);
    }

    /// <summary>GetImItemList on lists of 10, 100 and 1,000 personas, with one connection and with the full concurrency.</summary>
    private async Task<List<GrowthResult>> MeasureGrowthAsync(Deployment server, string[] mailboxes, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(server.Url, EwsRequests.Path);
        var results = new List<GrowthResult>();
        for (var i = 0; i < mailboxes.Length; i++)
        {
            var targets = await TargetList.WriteAsync(WorkFile($"growth-{GrowthPersonas[i]}.tsv"), [mailboxes[i]], cancellationToken);
            await wrk.RunAsync(endpoint, new WrkRun("GetImItemList", targets, WarmupTag, Ok, false, options.Warmup, options.Connections, options.Threads), cancellationToken);
            foreach (var connections in new[] { 1, options.Connections }.Distinct())
            {
                var run = new WrkRun("GetImItemList", targets, RunTag, Ok, false, options.GrowthDuration, connections, Math.Min(options.Threads, connections));
                var before = await server.UsageAsync(http, cancellationToken);
                var figures = await wrk.RunAsync(endpoint, run, cancellationToken);
                var usage = (await server.UsageAsync(http, cancellationToken)).PerRequestSince(before, figures.Requests);
                results.Add(new GrowthResult(GrowthPersonas[i], connections, figures, usage.CpuMilliseconds, usage.AllocatedKilobytes, usage.DatabaseCpuMilliseconds));
                Report($"GetImItemList, {GrowthPersonas[i]} personas, {connections} connection(s): p50 {Milliseconds(figures.P50Microseconds):F1} ms");
            }
        }

        return results;
    }

    /// <summary>
    /// A second server on a fresh store: memory idle, after seeding 1,000 mailboxes × 50 groups × 20 contacts through the
    /// control API, and at its peak after reading those lists under load.
    /// </summary>
    private async Task<(ScenarioResult Read, SeededStore Store)> MeasureSeededStoreAsync(ScenarioResult baseline, CancellationToken cancellationToken)
    {
        await using var lease = await store.CreateAsync("seeded", cancellationToken);
        await using var server = await StartServersAsync("seeded", lease, cancellationToken);
        var idle = server.Memory().Resident;

        var mailboxes = Mailboxes.Addresses(SeededSet, SeededMailboxes).ToArray();
        var seeding = Stopwatch.StartNew();
        await new ControlApi(http, server.ControlUrl).SeedAsync(
            mailboxes.Select(a => Mailboxes.WithEveryGroupFilled(a, SeededContacts, SeededGroups)), SeededBatch, cancellationToken);
        seeding.Stop();
        var seeded = server.Memory().Resident;
        Report($"seeded {SeededMailboxes:N0} mailboxes in {seeding.Elapsed.TotalSeconds:F1} s: {Megabytes(seeded):F0} MB resident");

        var targets = await TargetList.WriteAsync(WorkFile("seeded.tsv"), mailboxes, cancellationToken);
        var (figures, usage) = await WarmAndRunAsync(server, "GetImItemList", targets, Ok, checkBodies: false, cancellationToken);
        var peak = server.Memory().Peak;
        var shape = $"{SeededMailboxes:N0} mailboxes × {SeededGroups} groups × {SeededContacts} contacts";
        var read = new ScenarioResult("get-im-item-list-seeded", $"GetImItemList, seeded store ({shape})", figures, usage.CpuMilliseconds, usage.AllocatedKilobytes, false,
            figures.RequestsPerSecond / baseline.Figures.RequestsPerSecond, null, usage.DatabaseCpuMilliseconds);
        return (read, new SeededStore(shape, seeding.Elapsed.TotalSeconds, idle, seeded, peak));
    }

    /// <summary>
    /// A warm-up run, then the measured one, which also reports the server's CPU time and allocated bytes per request:
    /// unlike the rates, those figures barely move when other work shares the machine.
    /// </summary>
    private async Task<(WrkResult Figures, PerRequest Usage)> WarmAndRunAsync(
        Deployment server, string request, string targets, int expectedStatus, bool checkBodies, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(server.Url, EwsRequests.Path);
        var warmup = new WrkRun(request, targets, WarmupTag, expectedStatus, checkBodies, options.Warmup, options.Connections, options.Threads);
        await wrk.RunAsync(endpoint, warmup, cancellationToken);
        var before = await server.UsageAsync(http, cancellationToken);
        var figures = await wrk.RunAsync(endpoint, warmup with { Tag = RunTag, Duration = options.Duration }, cancellationToken);
        return (figures, (await server.UsageAsync(http, cancellationToken)).PerRequestSince(before, figures.Requests));
    }

    /// <summary>The server, or the replicas behind nginx, on a fresh store with an empty seed and the allocation counter exposed.</summary>
    private Task<Deployment> StartServersAsync(string name, StoreLease lease, CancellationToken cancellationToken) =>
        Deployment.StartAsync(options.Server, ServerArguments(lease, emptySeed: true), replicas, name, options.Work, Diagnostics, store, http, cancellationToken);

    /// <summary>Resident memory of the seeded server, in bytes: before seeding, after it, and at its peak under load.</summary>
    private sealed record SeededStore(string Shape, double Seconds, long IdleBytes, long SeededBytes, long PeakBytes);

    /// <summary>One measured request kind: what wrk sends where, what every answer should be, and the goal if any.</summary>
    private sealed record Scenario(
        string Key, string Title, string Request, string Targets, int ExpectedStatus, bool CheckBodies, Func<WrkResult, double, double, Check?> Goal);

    private static async Task<(string, string?)[]> SeedWithWorkGroupAsync(ControlApi api, string set, int count, CancellationToken cancellationToken)
    {
        var addresses = Mailboxes.Addresses(set, count).ToArray();
        await api.SeedAsync(addresses.Select(Mailboxes.WithWorkGroup), FixtureBatch, cancellationToken);
        var targets = new (string, string?)[addresses.Length];
        await Parallel.ForAsync(0, addresses.Length, cancellationToken, async (i, ct) =>
            targets[i] = (addresses[i], await api.GroupIdAsync(addresses[i], Mailboxes.WorkGroup, ct)));
        return targets;
    }

    /// <summary>A fresh store; an empty seed file unless the server's default (the bundled sample) is wanted.</summary>
    private static string[] ServerArguments(StoreLease lease, bool emptySeed)
    {
        string[] arguments = ["--urls", ServerProcess.Loopback, .. lease.Arguments];
        return emptySeed ? [.. arguments, "--Ews:SeedFile="] : arguments;
    }

    private static async Task<string> WrkVersionAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("wrk", ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync(cancellationToken) + await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return text.Split('\n')[0].Split(" [", 2)[0].Trim();
    }

    private string WorkFile(string name) => System.IO.Path.Combine(options.Work, name);

    private void Report(string line) => progress.WriteLine("[bench] " + line);

    private static bool Clean(WrkResult figures) => figures is { Non2xx: 0, Status5xx: 0, UnexpectedStatus: 0, EwsErrors: 0, SocketErrors: 0 };

    public static double Milliseconds(long microseconds) => microseconds / 1000.0;

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
