namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// A compose file read as the block-style YAML the repository's example is written in: each key's path (keys joined
/// with '/') gives its scalar value or its list items. Flow collections stay scalar text.
/// </summary>
public sealed class ComposeFile
{
    private readonly Dictionary<string, List<string>> entries = new(StringComparer.Ordinal);

    private ComposeFile()
    {
    }

    public static ComposeFile Read(string path)
    {
        var file = new ComposeFile();
        var open = new Stack<(int Indent, string Path)>();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Trim() is { Length: > 0 } text && !text.StartsWith('#')))
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            while (open.Count > 0 && open.Peek().Indent >= indent && !(text.StartsWith("- ", StringComparison.Ordinal) && open.Peek().Indent == indent))
            {
                open.Pop();
            }

            var parent = open.Count > 0 ? open.Peek().Path : string.Empty;
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                file.Add(parent, Unquote(text[2..]));
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = parent.Length == 0 ? text[..colon] : $"{parent}/{text[..colon]}";
            var value = text[(colon + 1)..].Trim();
            if (value.Length > 0)
            {
                file.Add(key, Unquote(value));
            }
            else
            {
                file.entries.TryAdd(key, []);
                open.Push((indent, key));
            }
        }

        return file;
    }

    public string Value(string key) => entries.TryGetValue(key, out var values) && values.Count == 1
        ? values[0]
        : throw new Xunit.Sdk.XunitException($"The compose file has no single value at {key}.");

    public IReadOnlyList<string> Items(string key) => entries.TryGetValue(key, out var values) ? values : [];

    /// <summary>The keys directly below a mapping, such as a service's environment variables.</summary>
    public IReadOnlyList<string> Keys(string mapping) => entries.Keys
        .Where(k => k.StartsWith(mapping + "/", StringComparison.Ordinal) && !k[(mapping.Length + 1)..].Contains('/', StringComparison.Ordinal))
        .Select(k => k[(mapping.Length + 1)..])
        .ToList();

    private void Add(string key, string value)
    {
        if (!entries.TryGetValue(key, out var values))
        {
            entries[key] = values = [];
        }

        values.Add(value);
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
