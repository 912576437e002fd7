using YamlDotNet.RepresentationModel;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// YAML files read whole, for files that nest lists of mappings (Kubernetes manifests) or use more of YAML than
/// <see cref="ComposeFile"/> reads; a missing key fails with its path.
/// </summary>
public static class YamlNodes
{
    /// <summary>Every document of a file, such as the manifests of a multi-document Kubernetes file.</summary>
    public static IReadOnlyList<YamlMappingNode> ReadAll(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    public static YamlMappingNode Read(string path) => ReadAll(path).Should().ContainSingle($"{path} holds one document").Subject;

    /// <summary>The node at a path of mapping keys, such as <c>At("spec", "template", "spec")</c>.</summary>
    public static YamlNode At(this YamlNode node, params string[] keys) =>
        node.Find(keys) ?? throw new Xunit.Sdk.XunitException($"There is nothing at {string.Join('/', keys)}.");

    public static YamlNode? Find(this YamlNode node, params string[] keys)
    {
        YamlNode? current = node;
        foreach (var key in keys)
        {
            current = current is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return current;
    }

    public static string Text(this YamlNode node, params string[] keys) =>
        node.At(keys) is YamlScalarNode { Value: { } value }
            ? value
            : throw new Xunit.Sdk.XunitException($"{string.Join('/', keys)} is not a single value.");

    public static IReadOnlyList<YamlNode> Items(this YamlNode node, params string[] keys) =>
        node.Find(keys) is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    /// <summary>A mapping's keys with their scalar values, such as a compose service's environment.</summary>
    public static IReadOnlyDictionary<string, string> Scalars(this YamlNode node, params string[] keys) =>
        ((YamlMappingNode)node.At(keys)).Children
            .Where(c => c.Value is YamlScalarNode)
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? string.Empty, StringComparer.Ordinal);

    public static IReadOnlyList<string> Keys(this YamlNode node, params string[] keys) =>
        node.Find(keys) is YamlMappingNode mapping ? mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList() : [];
}
