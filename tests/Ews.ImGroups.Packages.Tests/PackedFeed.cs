using System.Diagnostics;
using System.Reflection;

namespace Ews.ImGroups.Packages.Tests;

/// <summary>
/// Every package of the repository, packed from the build under test into one folder, as a user's feed would hold
/// them; the consumer project restores from that folder and the usual feeds.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("ews-imgroups-packages-").FullName;

    public string Root => root;

    public string Folder => Path.Combine(root, "feed");

    /// <summary>The one version every package carries, as the build set it.</summary>
    public string Version { get; } = typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PackageVersion").Value!;

    /// <summary>The configuration these tests were built in, which packing reuses so that it compiles nothing.</summary>
    public static string Configuration { get; } =
        typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    /// <summary>The packages the repository ships, one per project under <c>src/</c>.</summary>
    public static IReadOnlyList<string> PackageIds { get; } =
    [
        "Ews.ImGroups.Admin", "Ews.ImGroups.Aspire.Hosting", "Ews.ImGroups.Client", "Ews.ImGroups.Domain", "Ews.ImGroups.Host",
        "Ews.ImGroups.Storage", "Ews.ImGroups.Storage.PostgreSql", "Ews.ImGroups.Testcontainers", "Ews.ImGroups.Testing", "Ews.ImGroups.Tool",
    ];

    /// <summary>The packed files' names without extension: id and version.</summary>
    public IReadOnlyList<string> Packages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        (int ExitCode, string Output) pack;
        using (await PackingLock.TakeAsync())
        {
            pack = await RunAsync(
                "dotnet",
                ["pack", Path.Combine(Prerequisites.Repository, "Ews.ImGroups.sln"), "--no-build", "--configuration", Configuration,
                 "--output", Folder,
                 // What packing writes goes under this fixture's folder, never beside the projects, where another test may
                 // be packing the tool at the same time.
                 $"-p:PublishDir={Path.Combine(root, "publish")}{Path.DirectorySeparatorChar}",
                 $"-p:NuspecOutputPath={Path.Combine(root, "nuspec")}{Path.DirectorySeparatorChar}"],
                root);
        }

        pack.ExitCode.Should().Be(0, pack.Output);
        Packages = Directory.GetFiles(Folder, "*.nupkg").Select(p => Path.GetFileNameWithoutExtension(p)).ToList();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
