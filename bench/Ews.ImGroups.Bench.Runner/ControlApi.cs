using System.Net.Http.Json;
using System.Text.Json;
using Ews.ImGroups.Domain.Seeding;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>The server's control API, for seeding the benchmark's mailboxes and reading the ids they got.</summary>
public sealed class ControlApi(HttpClient http, Uri server)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Posts the mailboxes in batches of <paramref name="batchSize"/>, one seed document each.</summary>
    public async Task SeedAsync(IEnumerable<SeedMailbox> mailboxes, int batchSize, CancellationToken cancellationToken = default)
    {
        foreach (var batch in mailboxes.Chunk(batchSize))
        {
            using var answer = await http.PostAsJsonAsync(new Uri(server, "/admin/api/seed"), new SeedDocument(batch), Json, cancellationToken);
            await EnsureSuccessAsync(answer, "seed", cancellationToken);
        }
    }

    /// <summary>The id of the group of that name in the mailbox's IM list.</summary>
    public async Task<string> GroupIdAsync(string mailbox, string groupName, CancellationToken cancellationToken = default)
    {
        using var answer = await http.GetAsync(new Uri(server, $"/admin/api/mailboxes/{Uri.EscapeDataString(mailbox)}/imlist"), cancellationToken);
        await EnsureSuccessAsync(answer, "imlist", cancellationToken);
        var list = await answer.Content.ReadFromJsonAsync<ImList>(Json, cancellationToken);
        return list?.Groups.FirstOrDefault(g => g.DisplayName == groupName)?.Id
            ?? throw new InvalidOperationException($"{mailbox} has no group named {groupName}.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage answer, string what, CancellationToken cancellationToken)
    {
        if (!answer.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The control API refused the {what} request: HTTP {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private sealed record ImList(IReadOnlyList<ImListGroup> Groups);

    private sealed record ImListGroup(string Id, string DisplayName);
}
