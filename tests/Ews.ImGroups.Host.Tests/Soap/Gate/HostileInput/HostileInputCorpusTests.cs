using System.Net;
using System.Xml;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;
using FluentAssertions.Execution;
using Xunit.Abstractions;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// Replays the hostile-input corpus (Corpus/manifest.json and <see cref="GeneratedEntries"/>), one test per entry,
/// against one <see cref="CorpusServer"/> that already holds data for alice and bob. Every entry must get its expected
/// answer, none may change a single row of the store or make the server fetch anything from the network, and the
/// server must still serve after it.
/// </summary>
public sealed class HostileInputCorpusTests(CorpusServer corpus, ITestOutputHelper output) : IClassFixture<CorpusServer>, IDisposable
{
    private const long OneGiB = 1L << 30;

    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    private static readonly List<CorpusEntry> Corpus = [.. CorpusManifest.Load(), .. GeneratedEntries.All];

    private readonly EwsClient client = corpus.Server.CreateEwsClient();

    /// <summary>Each entry by its category and label, which names it among the entries sending the same file.</summary>
    public static TheoryData<string, string> Entries
    {
        get
        {
            var entries = new TheoryData<string, string>();
            Corpus.ForEach(e => entries.Add(e.Category, e.Label));
            return entries;
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task Entry_gets_its_expected_answer_and_changes_nothing(string category, string label)
    {
        var entry = Corpus.Should().ContainSingle(e => e.Label == label && e.Category == category).Subject;
        var before = await corpus.StoreBeforeEntryAsync();
        var connectionsBefore = corpus.Canary.Connections;
        var allocatedBefore = GC.GetTotalAllocatedBytes();

        var (status, code, failures) = await ReplayAsync(entry, corpus.Context);
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;

        // The server must still read, and still take a write through its gate and a transaction. The write is refused
        // (the name is taken), so the store stays as the next entry needs it; the snapshot after it shows that too.
        var read = await client.PostAsync(Requests.GetImItemList());
        var write = await client.PostAsync(Requests.AddImGroup("Hostile Target"));
        var after = await corpus.StoreAfterEntryAsync();
        var memory = MemoryFigures.Take();
        output.WriteLine($"{entry.Category,-17} {(int)status} {code ?? "-",-44} {allocated / 1024.0 / 1024.0,6:F1} MB allocated  {entry.Label}");
        if (entry.KnownIssue is not null)
        {
            output.WriteLine($"KNOWN ISSUE {entry.Label}: {entry.KnownIssue}");
        }

        output.WriteLine($"before the corpus: {corpus.MemoryAtStart}");
        output.WriteLine($"now:               {memory}");

        using (new AssertionScope())
        {
            failures.Should().BeEmpty("the entry must get its expected answer");
            StoreSnapshot.Differences(before, after).Should().BeEmpty("the entry must not change the store");
            corpus.Canary.Connections.Should().Be(
                connectionsBefore, "no entry may make the server fetch a DTD, entity, schema or stylesheet");
            (memory.PeakWorkingSet - corpus.MemoryAtStart.PeakWorkingSet).Should().BeLessThan(
                OneGiB, "the server buffers at most Ews:MaxRequestBytes of a request and expands no entities");
            read.ResponseCode.Should().Be("NoError", "the server must still serve reads");
            write.Status.Should().Be(HttpStatusCode.OK);
            write.ResponseCode.Should().Be("ErrorImGroupDisplayNameAlreadyExists", "the server must still serve writes");
        }
    }

    /// <summary>Every manifest entry names a file that exists, every file is used, each entry has its own name, and the corpus is as large as promised.</summary>
    [Fact]
    public void Corpus_is_complete_and_names_each_entry_once()
    {
        Corpus.Should().HaveCountGreaterThanOrEqualTo(60);
        var named = Corpus.Where(e => !e.Name.StartsWith("generated/", StringComparison.Ordinal)).Select(e => e.Name).ToHashSet();
        CorpusManifest.Files().Should().BeEquivalentTo(named, "every corpus file has its expectation in the manifest and vice versa");
        Corpus.Where(e => e.Name.StartsWith("generated/", StringComparison.Ordinal)).Select(e => e.Name).Should().OnlyHaveUniqueItems();
        Corpus.Select(e => e.Label).Should().OnlyHaveUniqueItems("each entry is a test of its own, known by its label");
        output.WriteLine($"{Corpus.Count} entries: " + string.Join(", ", Corpus.GroupBy(e => e.Category).Select(g => $"{g.Key} {g.Count()}")));
    }

    public void Dispose() => client.Dispose();

    /// <summary>Sends one entry and checks its answer; the failures are returned, so the entry's other checks still run.</summary>
    private async Task<(HttpStatusCode Status, string? Code, IReadOnlyList<string> Failures)> ReplayAsync(CorpusEntry entry, CorpusContext context)
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

            using var response = await client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            status = response.StatusCode;
            code = CheckAnswer(entry, context, response, body);
            body.Should().NotContain(corpus.CanaryToken, "the canary file must never be read into an answer");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Execute.Assertion.FailWith("threw {0}", e.ToString());
        }

        return (status, code, scope.Discard().Select(f => $"{entry.Label} ({entry.Why}): {f}").ToList());
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
}
