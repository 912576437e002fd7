using System.Data.Common;
using System.Text.RegularExpressions;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Storage;
using YamlDotNet.RepresentationModel;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The replicated deployments under <c>deploy/</c> (Compose with nginx, and Kubernetes) run what the Dockerfile builds
/// with the settings the server reads, probe its health endpoints, and are documented variable by variable.
/// </summary>
public sealed partial class DeploymentRecipeTests
{
    private const string ReplicaVariable = "Ews__ReplicaName";
    private const string AdminTokenVariable = "Ews__Admin__Token";

    private static readonly string Repository = Prerequisites.Repository;
    private static readonly string ComposeFolder = Path.Combine(Repository, "deploy", "compose");
    private static readonly string KubernetesBase = Path.Combine(Repository, "deploy", "kubernetes", "base");
    private static readonly string ProviderVariable = Variable($"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)}");
    private static readonly string[] Probes = ["readinessProbe", "livenessProbe", "startupProbe"];
    private static readonly string ConnectionVariable = Variable($"ConnectionStrings:{StorageSetup.ConnectionStringName}");

    private readonly DockerfileRecipe recipe = DockerfileRecipe.Read(Path.Combine(Repository, "Dockerfile"));
    private readonly YamlMappingNode compose = YamlNodes.Read(Path.Combine(ComposeFolder, "compose.yaml"));

    private IReadOnlyList<string> Replicas => compose.Keys("services").Where(s => compose.Find("services", s, "build") is not null).ToList();

    [Fact]
    public void Compose_replicas_build_the_Dockerfile_and_run_on_PostgreSQL()
    {
        Replicas.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var replica in Replicas)
        {
            var service = compose.At("services", replica);
            var context = Path.Combine(ComposeFolder, service.Text("build", "context"));
            Path.GetFullPath(context).Should().Be(Path.GetFullPath(Repository));
            File.Exists(Path.Combine(context, service.Text("build", "dockerfile"))).Should().BeTrue();

            service.Scalars("environment").Should().Contain(ProviderVariable, nameof(StoreProvider.PostgreSql));
            service.Text("depends_on", "postgres", "condition").Should().Be("service_healthy");
        }
    }

    [Fact]
    public void Compose_replicas_reach_the_postgres_service_with_its_own_credentials()
    {
        var postgres = compose.At("services", "postgres");
        var database = postgres.Scalars("environment");
        postgres.Text("image").Should().StartWith("postgres:16");
        postgres.Items("healthcheck", "test").Select(n => ((YamlScalarNode)n).Value).Should().Contain("pg_isready");

        foreach (var replica in Replicas)
        {
            var connection = new DbConnectionStringBuilder { ConnectionString = compose.At("services", replica).Scalars("environment")[ConnectionVariable] };

            connection["Host"].Should().Be("postgres");
            connection["Port"].Should().Be("5432");
            connection["Database"].Should().Be(database["POSTGRES_DB"]);
            connection["Username"].Should().Be(database["POSTGRES_USER"]);
            connection["Password"].Should().Be(database["POSTGRES_PASSWORD"]);
        }
    }

    [Fact]
    public void Compose_replicas_differ_only_in_their_names()
    {
        var names = Replicas.Select(r => compose.At("services", r)).Select(s => (Host: s.Text("hostname"), Replica: s.Scalars("environment")[ReplicaVariable])).ToList();
        var settings = Replicas.Select(r => compose.At("services", r).Scalars("environment").Where(e => e.Key != ReplicaVariable).ToHashSet()).ToList();

        names.Should().OnlyContain(n => n.Host == n.Replica);
        names.Select(n => n.Replica).Should().OnlyHaveUniqueItems();
        settings.Should().AllSatisfy(s => s.Should().BeEquivalentTo(settings[0]));
    }

    [Fact]
    public void Compose_proxy_spreads_requests_over_every_replica_and_passes_events_on_unbuffered()
    {
        var nginx = compose.At("services", "nginx");
        var config = File.ReadAllText(Path.Combine(ComposeFolder, "nginx.conf"));
        var mount = nginx.Items("volumes").Should().ContainSingle().Which.Should().BeOfType<YamlScalarNode>().Subject.Value!.Split(':');
        var listen = int.Parse(ListenDirective().Match(config).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);

        Path.GetFullPath(Path.Combine(ComposeFolder, mount[0])).Should().Be(Path.GetFullPath(Path.Combine(ComposeFolder, "nginx.conf")));
        ((YamlScalarNode)nginx.Items("ports").Should().ContainSingle().Subject).Value.Should().EndWith($":{listen}");
        UpstreamServers().Matches(config).Select(m => m.Groups["server"].Value).Should().BeEquivalentTo(Replicas.Select(r => $"{r}:{recipe.Port}"));
        nginx.Keys("depends_on").Should().BeEquivalentTo(Replicas);
        Location(config, $"= {AdminApi.EventsPath}").Should().Contain("proxy_buffering off;").And.Contain("proxy_read_timeout");
    }

    [Fact]
    public void Compose_env_example_gives_every_variable_with_the_compose_file_default()
    {
        var composeText = File.ReadAllText(Path.Combine(ComposeFolder, "compose.yaml"));
        var example = File.ReadAllLines(Path.Combine(ComposeFolder, ".env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

        var interpolated = Interpolation().Matches(composeText).Select(m => (Name: m.Groups["name"].Value, Default: m.Groups["default"].Value)).Distinct().ToList();

        interpolated.Should().NotBeEmpty();
        interpolated.Select(v => v.Name).Should().BeEquivalentTo(example.Keys);
        interpolated.Should().AllSatisfy(v => example[v.Name].Should().Be(v.Default, $"{v.Name} has one default"));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("dev")]
    public void Kubernetes_kustomization_lists_every_manifest_beside_it(string overlay)
    {
        var folder = Path.Combine(Repository, "deploy", "kubernetes", overlay);
        var kustomization = YamlNodes.Read(Path.Combine(folder, "kustomization.yaml"));
        var listed = kustomization.Items("resources").Concat(kustomization.Items("patches").Select(p => p.At("path")))
            .Select(n => ((YamlScalarNode)n).Value!)
            .ToList();

        var manifests = Directory.GetFiles(folder, "*.yaml").Select(f => Path.GetFileName(f)).Where(f => f != "kustomization.yaml");

        listed.Where(r => r.EndsWith(".yaml", StringComparison.Ordinal)).Should().BeEquivalentTo(manifests);
        listed.Should().OnlyContain(r => File.Exists(Path.Combine(folder, r)) || File.Exists(Path.Combine(folder, r, "kustomization.yaml")));
    }

    [Fact]
    public void Kubernetes_deployment_runs_replicas_on_PostgreSQL_with_the_connection_string_from_the_Secret()
    {
        var deployment = Manifest("deployment.yaml", "Deployment");
        var secret = Manifest("secret.yaml", "Secret");
        var keys = secret.Keys("stringData");

        int.Parse(deployment.Text("spec", "replicas"), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(2);
        var environment = Container(deployment).Items("env").ToDictionary(e => e.Text("name"), StringComparer.Ordinal);
        environment[ProviderVariable].Text("value").Should().Be(nameof(StoreProvider.PostgreSql));
        environment[ReplicaVariable].Text("valueFrom", "fieldRef", "fieldPath").Should().Be("metadata.name");
        foreach (var name in new[] { ConnectionVariable, AdminTokenVariable })
        {
            environment[name].Text("valueFrom", "secretKeyRef", "name").Should().Be(secret.Text("metadata", "name"));
            keys.Should().Contain(environment[name].Text("valueFrom", "secretKeyRef", "key"));
        }
    }

    [Fact]
    public void Kubernetes_probes_ask_the_servers_health_endpoints_on_the_Dockerfiles_port()
    {
        var deployment = Manifest("deployment.yaml", "Deployment");
        var service = Manifest("service.yaml", "Service");
        var container = Container(deployment);
        var port = container.Items("ports").Should().ContainSingle().Subject;

        port.Text("containerPort").Should().Be($"{recipe.Port}");
        container.Text("readinessProbe", "httpGet", "path").Should().Be(HealthEndpoints.Ready);
        container.Text("livenessProbe", "httpGet", "path").Should().Be(HealthEndpoints.Live);
        container.Text("startupProbe", "httpGet", "path").Should().Be(HealthEndpoints.Live);
        Probes.Select(p => container.Text(p, "httpGet", "port")).Should().AllBe(port.Text("name"));
        deployment.Text("spec", "template", "metadata", "annotations", "prometheus.io/port").Should().Be($"{recipe.Port}");

        service.Text("spec", "type").Should().Be("ClusterIP");
        var servicePort = service.Items("spec", "ports").Should().ContainSingle().Subject;
        servicePort.Text("port").Should().Be("80");
        servicePort.Text("targetPort").Should().Be(port.Text("name"));
        service.Scalars("spec", "selector").Should().BeEquivalentTo(deployment.Scalars("spec", "template", "metadata", "labels"));
    }

    [Fact]
    public void Kubernetes_pod_runs_as_the_images_non_root_user_without_privileges()
    {
        var pod = Manifest("deployment.yaml", "Deployment").At("spec", "template", "spec");
        var container = Container(Manifest("deployment.yaml", "Deployment"));
        string Effective(string key) => container.Find("securityContext", key) is YamlScalarNode own ? own.Value! : pod.Text("securityContext", key);

        recipe.User.Should().MatchRegex("^[0-9]+$", "Kubernetes can only check runAsNonRoot against a numeric user").And.NotBe("0");
        Effective("runAsNonRoot").Should().Be("true");
        Effective("runAsUser").Should().Be(recipe.User);
        container.Text("securityContext", "allowPrivilegeEscalation").Should().Be("false");
        container.Text("securityContext", "readOnlyRootFilesystem").Should().Be("true");
        container.Items("securityContext", "capabilities", "drop").Select(n => ((YamlScalarNode)n).Value).Should().Contain("ALL");
        pod.Text("securityContext", "seccompProfile", "type").Should().Be("RuntimeDefault");
        container.Keys("resources", "requests").Should().Contain("cpu").And.Contain("memory");
        container.Keys("resources", "limits").Should().Contain("memory");

        // A read-only image still needs a writable /tmp for the runtime's diagnostics socket.
        var tmp = container.Items("volumeMounts").Should().ContainSingle(m => m.Text("mountPath") == "/tmp").Subject.Text("name");
        pod.Items("volumes").Should().ContainSingle(v => v.Text("name") == tmp).Which.Find("emptyDir").Should().NotBeNull();
    }

    [Fact]
    public void Deployment_page_documents_every_variable_of_both_deployments()
    {
        var page = File.ReadAllText(Path.Combine(Repository, "docs", "deployment.md"));
        var composeVariables = Replicas.SelectMany(r => compose.At("services", r).Keys("environment"))
            .Concat(File.ReadAllLines(Path.Combine(ComposeFolder, ".env.example")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('=')[0]));
        var kubernetesVariables = Container(Manifest("deployment.yaml", "Deployment")).Items("env").Select(e => e.Text("name"));

        composeVariables.Concat(kubernetesVariables).Distinct().Should().NotBeEmpty().And.OnlyContain(name => page.Contains($"`{name}`", StringComparison.Ordinal));
    }

    private static string Variable(string setting) => setting.Replace(":", "__", StringComparison.Ordinal);

    private static YamlMappingNode Manifest(string file, string kind) =>
        YamlNodes.ReadAll(Path.Combine(KubernetesBase, file)).Should().ContainSingle(d => d.Text("kind") == kind).Subject;

    private static YamlNode Container(YamlNode deployment) =>
        deployment.Items("spec", "template", "spec", "containers").Should().ContainSingle().Subject;

    /// <summary>The body of an nginx <c>location</c> block, up to its closing brace (the blocks here nest nothing).</summary>
    private static string Location(string config, string match)
    {
        var start = config.IndexOf($"location {match} {{", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"nginx.conf has a location {match}");
        return config[start..config.IndexOf('}', start)];
    }

    [GeneratedRegex(@"^\s*listen\s+(?<port>[0-9]+);", RegexOptions.Multiline)]
    private static partial Regex ListenDirective();

    [GeneratedRegex(@"^\s*server\s+(?<server>[A-Za-z0-9.-]+:[0-9]+)[^;\n]*;", RegexOptions.Multiline)]
    private static partial Regex UpstreamServers();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):-(?<default>[^}]*)\}")]
    private static partial Regex Interpolation();
}
