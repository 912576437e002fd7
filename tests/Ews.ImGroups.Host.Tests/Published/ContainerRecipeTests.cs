using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Https;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Storage;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>The compose example runs what the Dockerfile builds, and the configuration page documents every setting as an environment variable.</summary>
public sealed class ContainerRecipeTests
{
    private const string Service = "services/ews-imgroups";

    private static readonly string Repository = Prerequisites.Repository;

    /// <summary>Every setting (the store, the addresses and all the options classes bind) as an environment variable.</summary>
    private static readonly string[] EnvironmentNames =
    [
        .. new[] { $"ConnectionStrings:{StorageSetup.ConnectionStringName}", "Urls" }
            .Concat(Bound(typeof(EwsOptions), EwsOptions.SectionName))
            .Concat(Bound(typeof(AuthenticationOptions), IdentitySetup.SectionName))
            .Concat(Bound(typeof(LoggingOptions), LoggingOptions.SectionName))
            .Concat(Bound(typeof(DiagnosticsOptions), DiagnosticsOptions.SectionName))
            .Concat(Bound(typeof(JournalOptions), JournalOptions.SectionName))
            .Concat(Bound(typeof(ChaosOptions), ChaosOptions.SectionName))
            .Concat(Bound(typeof(AdminOptions), AdminOptions.SectionName))
            .Concat(Bound(typeof(HttpsOptions), HttpsOptions.SectionName))
            .Concat(Bound(typeof(LimitsOptions), LimitsOptions.SectionName))
            .Select(s => s.Replace(":", "__", StringComparison.Ordinal)),
    ];

    private readonly DockerfileRecipe recipe = DockerfileRecipe.Read(Path.Combine(Repository, "Dockerfile"));
    private readonly ComposeFile compose = ComposeFile.Read(Path.Combine(Repository, "docker-compose.yml"));

    public static TheoryData<string> EnvironmentVariables { get; } = new(EnvironmentNames);

    [Fact]
    public void Compose_service_builds_the_Dockerfile_and_maps_its_port_volume_and_healthcheck()
    {
        var context = compose.Value($"{Service}/build/context");
        File.Exists(Path.Combine(Repository, context, compose.Value($"{Service}/build/dockerfile"))).Should().BeTrue();
        Path.GetFullPath(Path.Combine(Repository, context)).Should().Be(Path.GetFullPath(Repository));

        compose.Items($"{Service}/ports").Should().ContainSingle().Which.Should().EndWith($":{recipe.Port}");
        var volume = compose.Items($"{Service}/volumes").Should().ContainSingle().Subject.Split(':');
        volume[1].Should().Be(recipe.DataVolume);
        compose.Keys("volumes").Should().Equal(volume[0]);

        JsonSerializer.Deserialize<string[]>(compose.Value($"{Service}/healthcheck/test")).Should().Equal(["CMD", .. recipe.HealthCheck]);
    }

    [Fact]
    public void Dockerfile_copies_every_project_the_server_references_before_restoring()
    {
        var copied = File.ReadAllLines(Path.Combine(Repository, "Dockerfile"))
            .Where(l => l.StartsWith("COPY src/", StringComparison.Ordinal) && l.Contains(".csproj ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1])
            .ToList();

        copied.Should().BeEquivalentTo(ProjectsOf("src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj"));
    }

    [Fact]
    public void Compose_environment_names_only_real_settings()
    {
        var known = EnvironmentNames.ToHashSet(StringComparer.OrdinalIgnoreCase);

        var environment = compose.Keys($"{Service}/environment");

        environment.Should().NotBeEmpty().And.OnlyContain(name => known.Contains(name));
    }

    [Theory]
    [MemberData(nameof(EnvironmentVariables))]
    public void Configuration_page_documents_the_setting_as_an_environment_variable(string name)
    {
        var page = File.ReadAllText(Path.Combine(Repository, "docs", "configuration.md"));

        page.Should().ContainEquivalentOf($"`{name}`");
    }

    /// <summary>A project and, through its project references, every project it builds on, as paths from the repository's root.</summary>
    private static IEnumerable<string> ProjectsOf(string project)
    {
        var references = XDocument.Load(Path.Combine(Repository, project)).Descendants("ProjectReference")
            .Select(r => Path.GetRelativePath(Repository, Path.Combine(Repository, Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value.Replace('\\', '/'))).Replace('\\', '/'));
        return references.SelectMany(ProjectsOf).Append(project).Distinct();
    }

    /// <summary>
    /// The keys an options class binds: nested option classes are sections, lists have numbered entries (N), maps have
    /// named ones (&lt;NAME&gt;).
    /// </summary>
    private static IEnumerable<string> Bound(Type options, string section) => options
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .SelectMany(p => p.PropertyType switch
        {
            { IsGenericType: true } list when list.GetGenericTypeDefinition() == typeof(List<>) && list.GetGenericArguments()[0] == typeof(string) =>
                [$"{section}:{p.Name}:N"],
            { IsGenericType: true } list when list.GetGenericTypeDefinition() == typeof(List<>) =>
                Bound(list.GetGenericArguments()[0], $"{section}:{p.Name}:N"),
            { IsGenericType: true } map when map.GetGenericTypeDefinition() == typeof(Dictionary<,>) => [$"{section}:{p.Name}:<NAME>"],
            { IsClass: true } nested when nested != typeof(string) => Bound(nested, $"{section}:{p.Name}"),
            _ => [$"{section}:{p.Name}"],
        });
}
