using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Samples;

/// <summary>Every request of <c>samples/admin.http</c> succeeds against a server with the sample seed and an admin token.</summary>
public sealed class AdminSampleTests() : ServerTest(new Dictionary<string, string?> { ["Ews:Admin:Token"] = Token })
{
    private const string Token = "token-for-the-sample-requests";

    [Fact]
    public async Task Every_control_API_sample_succeeds()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "admin.http"));
        var requests = text.Split("\n###", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Parse).ToList();

        requests.Should().HaveCountGreaterThan(10);
        foreach (var (title, request) in requests)
        {
            using (request)
            using (var response = await Client.Http.SendAsync(request))
            {
                response.IsSuccessStatusCode.Should().BeTrue($"'{title}' answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        var after = await Client.PostAsync(Requests.AddImGroup("Friends"));
        after.ResponseCode.Should().Be("NoError", "the samples end by clearing the rules and resetting");
    }

    /// <summary>One request of the file: a title line, the request line, headers, a blank line and an optional body.</summary>
    private static (string Title, HttpRequestMessage Request) Parse(string block)
    {
        var lines = block.Replace("{{baseUrl}}", string.Empty, StringComparison.Ordinal)
            .Replace("{{token}}", Token, StringComparison.Ordinal)
            .Split('\n');
        var requestLine = lines[1].Split(' ', 2);
        var request = new HttpRequestMessage(new HttpMethod(requestLine[0]), requestLine[1].Trim());
        var blank = Array.FindIndex(lines, 2, l => l.Trim().Length == 0);
        var body = blank < 0 ? string.Empty : string.Join('\n', lines[(blank + 1)..]).Trim();
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        foreach (var header in lines[2..(blank < 0 ? lines.Length : blank)].Where(l => l.Contains(':', StringComparison.Ordinal)))
        {
            var (name, value) = (header[..header.IndexOf(':', StringComparison.Ordinal)], header[(header.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            if (name == "Authorization")
            {
                request.Headers.Authorization = AuthenticationHeaderValue.Parse(value);
            }
        }

        return (lines[0].Trim(), request);
    }
}
