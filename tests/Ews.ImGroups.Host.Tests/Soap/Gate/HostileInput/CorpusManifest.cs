using System.Net;
using System.Text;
using System.Text.Json;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// Reads <c>Corpus/manifest.json</c>: one object per entry naming its file, category, why it is there and the answer it
/// must get. Absent request fields take the defaults of <see cref="CorpusEntry"/> (POST, text/xml, alice); a field
/// given as null sends no such header (<c>"user": null</c>, <c>"contentType": null</c>).
/// </summary>
public static class CorpusManifest
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Soap", "Gate", "HostileInput", "Corpus");

    public static IReadOnlyList<CorpusEntry> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        return manifest.RootElement.GetProperty("entries").EnumerateArray().Select(Read).ToList();
    }

    /// <summary>The corpus files on disk, so files the manifest forgot are noticed.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.xml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    private static CorpusEntry Read(JsonElement json)
    {
        var file = json.GetProperty("file").GetString()!;
        var path = Path.Combine(Folder, file);
        var withBody = !(json.TryGetProperty("noBody", out var noBody) && noBody.GetBoolean());
        var entry = new CorpusEntry(
            file,
            json.GetProperty("category").GetString()!,
            json.GetProperty("why").GetString()!,
            context => withBody ? Body(context.Fill(File.ReadAllText(path, Encoding.UTF8))) : null)
        {
            Status = (HttpStatusCode)json.GetProperty("status").GetInt32(),
            ResponseCode = Optional(json, "code"),
            Violation = Optional(json, "violation"),
            SoapAction = Optional(json, "soapAction"),
            KnownIssue = Optional(json, "knownIssue"),
        };

        if (json.TryGetProperty("method", out var method))
        {
            entry = entry with { Method = new HttpMethod(method.GetString()!) };
        }

        if (json.TryGetProperty("contentType", out var contentType))
        {
            entry = entry with { ContentType = contentType.GetString() };
        }

        if (json.TryGetProperty("user", out var user))
        {
            entry = entry with { Authorization = user.GetString() is { } name ? CorpusEntry.BasicFor(name) : null };
        }

        if (json.TryGetProperty("authorization", out var authorization))
        {
            entry = entry with { Authorization = authorization.GetString() };
        }

        var mustNotContain = json.TryGetProperty("mustNotContain", out var texts)
            ? texts.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [];
        var revealsNothingOfBob = json.TryGetProperty("revealsNothingOfBob", out var secret) && secret.GetBoolean();
        var counts = json.TryGetProperty("counts", out var countsJson)
            ? countsJson.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32())
            : [];
        return entry with { MustNotContain = mustNotContain, RevealsNothingOfBob = revealsNothingOfBob, Counts = counts };
    }

    private static string? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) ? value.GetString() : null;

    /// <summary>The file's text as UTF-8 bytes, without a content type: the entry decides which header is sent.</summary>
    private static ByteArrayContent Body(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = null;
        return content;
    }
}
