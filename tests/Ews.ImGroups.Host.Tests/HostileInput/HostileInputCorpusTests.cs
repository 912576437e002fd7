using System.Diagnostics;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Ews.ImGroups.Host.Tests.HostileInput;

/// <summary>
/// Replays the hostile-input corpus (Corpus/manifest.json and <see cref="GeneratedEntries"/>) against one server that
/// already holds data for alice and bob. Every entry must get its expected answer, none may change a single row of the
/// store, nothing may be fetched from the network, and the server must still serve when the corpus is through.
/// </summary>
public sealed class HostileInputCorpusTests(ITestOutputHelper output) : ServerTest(new Dictionary<string, string?>
{
    // Large enough that the gate's element limit (20,000) and a DTD of a quadratic blowup can be reached inside the
    // limit, so those entries show the refusal they target rather than the size limit.
    ["Ews:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    private const int MaxRequestBytes = 131_072;
    private const long OneGiB = 1L << 30;

    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    [Fact]
    public async Task HostileInput_corpus_gets_the_expected_answers_and_changes_nothing()
    {
        using var canary = new CanaryListener();
        await AssertCanaryCountsAsync(canary);
        var canaryFile = Path.Combine(Server.DataDirectory, "canary.txt");
        var canaryToken = $"CANARY-{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(canaryFile, canaryToken);
        var entries = CorpusManifest.Load().Concat(GeneratedEntries.All).ToList();
        AssertCorpusIsComplete(entries);
        var context = new CorpusContext(canary.Url, new Uri(canaryFile), MaxRequestBytes, await SetUpStateAsync());

        var before = await StoreSnapshot.TakeAsync(Server);
        foreach (var table in StoreSnapshot.ExpectedTables)
        {
            before.Should().Contain(line => line.StartsWith($"table {table}: ", StringComparison.Ordinal), "the snapshot covers the whole store");
        }

        var memoryBefore = MemoryFigures.Take();

        var failures = new List<string>();
        var last = before;
        foreach (var entry in entries)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var (status, code) = await ReplayAsync(entry, context, canaryToken, failures);

            // Compared after every entry, so a change is blamed on the entry that made it.
            var now = await StoreSnapshot.TakeAsync(Server);
            if (StoreSnapshot.Differences(last, now) is { Count: > 0 } changes)
            {
                failures.Add($"{entry.Label}: changed the store:\n  {string.Join("\n  ", changes)}");
            }

            last = now;
            output.WriteLine($"{entry.Category,-17} {(int)status} {code ?? "-",-44} {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / 1024.0,6:F1} MB allocated  {entry.Label}");
        }

        var memoryAfter = MemoryFigures.Take();
        output.WriteLine(string.Empty);
        failures.ForEach(f => output.WriteLine("FAILED " + f));
        entries.Where(e => e.KnownIssue is not null).ToList().ForEach(e => output.WriteLine($"KNOWN ISSUE {e.Label}: {e.KnownIssue}"));
        output.WriteLine($"{entries.Count} entries: " + string.Join(", ", entries.GroupBy(e => e.Category).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"before: {memoryBefore}");
        output.WriteLine($"after:  {memoryAfter}");

        using (new AssertionScope())
        {
            failures.Should().BeEmpty("every entry must get its expected answer and leave the store as it was");
            StoreSnapshot.Differences(before, await StoreSnapshot.TakeAsync(Server)).Should().BeEmpty("the corpus must not change the store");
            canary.Connections.Should().Be(1, "no entry may make the server fetch a DTD, entity, schema or stylesheet (the one connection is the test's own)");
            (memoryAfter.PeakWorkingSet - memoryBefore.PeakWorkingSet).Should().BeLessThan(
                OneGiB, "the server buffers at most Ews:MaxRequestBytes of a request and expands no entities");
        }

        // Only now, after the comparison, may the store change: the server must still do ordinary work.
        var after = await Client.PostAsync(Requests.AddImGroup("After The Storm"));
        after.Status.Should().Be(HttpStatusCode.OK);
        after.ResponseCode.Should().Be("NoError");
    }

    /// <summary>
    /// Gives alice and bob groups, members and distribution groups, and returns the ids the corpus names, as the server
    /// issued them (the seeded contacts' ids are the seed's, as <see cref="Users"/> spells them).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> SetUpStateAsync()
    {
        using var bob = Server.CreateEwsClient(Users.Bob);
        var ids = new Dictionary<string, string>
        {
            [CorpusIds.AliceContactBob] = Users.AliceContactBob,
            [CorpusIds.AliceContactCarol] = Users.AliceContactCarol,
            [CorpusIds.BobContactAlice] = Users.BobContactAlice,
            [CorpusIds.AliceTarget] = (await SucceedAsync(Client, Requests.AddImGroup("Hostile Target"))).StoreId!,
            [CorpusIds.AliceCafe] = (await SucceedAsync(Client, Requests.AddImGroup("Café"))).StoreId!,
            [CorpusIds.BobSecret] = (await SucceedAsync(bob, Requests.AddImGroup(CorpusIds.BobSecretGroupName))).StoreId!,
            [CorpusIds.BobSales] = (await SucceedAsync(bob, Requests.AddDistributionGroupToImList("sales@contoso.com", "Sales"))).StoreId!,
        };
        await SucceedAsync(Client, Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));
        await SucceedAsync(Client, Requests.AddImContactToGroup(Users.AliceContactBob, ids[CorpusIds.AliceTarget]));
        await SucceedAsync(bob, Requests.AddImContactToGroup(Users.BobContactAlice, ids[CorpusIds.BobSecret]));
        ids[CorpusIds.BobMallory] = (await SucceedAsync(
            bob, Requests.AddNewImContactToGroup(CorpusIds.BobMalloryAddress, "Mallory Secret", ids[CorpusIds.BobSecret]))).SourceIds().Single();

        // The list shows the system groups first (Other Contacts, Tagged, Favorites) and alice's one persona, Bob Brown.
        var list = await SucceedAsync(Client, Requests.GetImItemList());
        ids[CorpusIds.AliceTagged] = list.GroupIds()[1];
        ids[CorpusIds.AliceFavorites] = list.GroupIds()[2];
        ids[CorpusIds.AlicePersonaBob] = list.PersonaIds().Single();
        list.SourceIds().Should().Equal(Users.AliceContactBob);
        ids.Values.Should().OnlyHaveUniqueItems("each name must stand for its own item");
        return ids;
    }

    /// <summary>A canary that counted nothing because it could not count would prove nothing: one connection is made to it first.</summary>
    private static async Task AssertCanaryCountsAsync(CanaryListener canary)
    {
        using (var probe = new System.Net.Sockets.TcpClient())
        {
            await probe.ConnectAsync(canary.Url.Host, canary.Url.Port);
        }

        for (var wait = 0; canary.Connections == 0 && wait < 100; wait++)
        {
            await Task.Delay(50);
        }

        canary.Connections.Should().Be(1, "the canary counts connections");
    }

    private static async Task<EwsReply> SucceedAsync(EwsClient client, string request)
    {
        var reply = await client.PostAsync(request);
        reply.ResponseCode.Should().Be("NoError", "setting up needs {0}", request);
        return reply;
    }

    /// <summary>Every manifest entry names a file that exists, every file is used, and the corpus is as large as promised.</summary>
    private static void AssertCorpusIsComplete(List<CorpusEntry> entries)
    {
        entries.Should().HaveCountGreaterThanOrEqualTo(60);
        var named = entries.Where(e => !e.Name.StartsWith("generated/", StringComparison.Ordinal)).Select(e => e.Name).ToHashSet();
        CorpusManifest.Files().Should().BeEquivalentTo(named, "every corpus file has its expectation in the manifest and vice versa");
        entries.Where(e => e.Name.StartsWith("generated/", StringComparison.Ordinal)).Select(e => e.Name).Should().OnlyHaveUniqueItems();
    }

    /// <summary>Sends one entry and checks its answer; failures are collected so one run reports every entry.</summary>
    private async Task<(HttpStatusCode Status, string? Code)> ReplayAsync(CorpusEntry entry, CorpusContext context, string canaryToken, List<string> failures)
    {
        using var scope = new AssertionScope(entry.Label);
        HttpStatusCode status = 0;
        string? code = null;
        try
        {
            using var request = new HttpRequestMessage(entry.Method, EwsClient.Endpoint) { Content = entry.Content(context) };
            // Requests without a body (GET, HEAD, OPTIONS) have no content to carry a Content-Type.
            if (entry.ContentType is not null && request.Content is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", entry.ContentType);
            }

            if (entry.Authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", entry.Authorization);
            }

            if (entry.SoapAction is not null)
            {
                request.Headers.TryAddWithoutValidation("SOAPAction", entry.SoapAction);
            }

            using var response = await Client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            status = response.StatusCode;
            code = CheckAnswer(entry, context, response, body);
            body.Should().NotContain(canaryToken, "the canary file must never be read into an answer");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Execute.Assertion.FailWith("threw {0}", e.ToString());
        }

        failures.AddRange(scope.Discard().Select(f => $"{entry.Label} ({entry.Why}): {f}"));
        return (status, code);
    }

    /// <summary>Checks the status and, for SOAP answers, the response code; returns the code the answer carries.</summary>
    private static string? CheckAnswer(CorpusEntry entry, CorpusContext context, HttpResponseMessage response, string body)
    {
        response.StatusCode.Should().Be(entry.Status);
        if (entry.ResponseCode is null)
        {
            body.Should().BeEmpty("refusals before SOAP processing carry no body");
            if (entry.Status == HttpStatusCode.MethodNotAllowed)
            {
                response.Content.Headers.Allow.Should().Equal("POST");
            }

            if (entry.Status == HttpStatusCode.Unauthorized)
            {
                response.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal("Basic realm=\"Ews.ImGroups\"");
            }

            return null;
        }

        var reply = new EwsReply(response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, response);
        XDocument xml;
        try
        {
            xml = reply.Xml;
        }
        catch (XmlException e)
        {
            Execute.Assertion.FailWith("answered with a body that is not XML ({0}): {1}", e.Message, Shorten(body));
            return null;
        }

        reply.ResponseCode.Should().Be(entry.ResponseCode, "the answer was {0}", Shorten(body));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            ResponseSchema.AssertValid(xml);
        }

        var faultString = reply.Fault?.Element("faultstring")?.Value;
        if (entry.ResponseCode == CorpusEntry.SchemaValidation)
        {
            faultString.Should().StartWith("The request failed schema validation");
        }

        if (entry.Violation is not null)
        {
            faultString.Should().Contain(entry.Violation);
        }

        foreach (var secret in entry.RevealsNothingOfBob ? entry.MustNotContain.Concat(CorpusIds.BobSecrets(context.Ids)) : entry.MustNotContain)
        {
            body.Should().NotContain(secret);
        }

        foreach (var (localName, count) in entry.Counts)
        {
            xml.Descendants(Types + localName).Should().HaveCount(count, "the answer should hold {0} {1}", count, localName);
        }

        return reply.ResponseCode;
    }

    private static string Shorten(string text) => text.Length <= 2_000 ? text : text[..2_000] + $"… ({text.Length} characters)";

    /// <summary>The test process's memory, which includes the in-process server's.</summary>
    private sealed record MemoryFigures(long PeakWorkingSet, long WorkingSet, long ManagedHeap, long AllocatedTotal)
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
}
