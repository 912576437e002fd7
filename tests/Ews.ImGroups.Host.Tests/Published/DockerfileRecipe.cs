using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>What the Dockerfile's final stage says about running the server, read from the file itself so tests follow it.</summary>
public sealed partial record DockerfileRecipe(
    IReadOnlyDictionary<string, string> Environment,
    int Port,
    string DataVolume,
    string User,
    IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> HealthCheck)
{
    public static DockerfileRecipe Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var finalStage = lines.Select((line, index) => (line, index)).Last(l => l.line.StartsWith("FROM ", StringComparison.Ordinal)).index;
        var stage = lines.Skip(finalStage).ToList();

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in stage.Select(l => EnvLine().Match(l)).Where(m => m.Success))
        {
            environment[match.Groups["key"].Value] = match.Groups["value"].Value.Trim('"');
        }

        return new DockerfileRecipe(
            environment,
            int.Parse(Instruction(stage, "EXPOSE"), System.Globalization.CultureInfo.InvariantCulture),
            Instruction(stage, "VOLUME"),
            Instruction(stage, "USER"),
            JsonArray(Instruction(stage, "ENTRYPOINT")),
            JsonArray(Instruction(stage, "HEALTHCHECK")[Instruction(stage, "HEALTHCHECK").IndexOf("CMD ", StringComparison.Ordinal)..][4..]));
    }

    private static string Instruction(IEnumerable<string> stage, string name) =>
        stage.Single(l => l.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..].Trim();

    private static string[] JsonArray(string text) => JsonSerializer.Deserialize<string[]>(text)!;

    [GeneratedRegex("^ENV (?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>.*)$")]
    private static partial Regex EnvLine();
}
