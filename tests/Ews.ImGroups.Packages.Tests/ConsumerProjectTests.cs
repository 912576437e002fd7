namespace Ews.ImGroups.Packages.Tests;

/// <summary>
/// The packages as a user gets them: every package packs, and a project outside the solution that references them by
/// version, restored from the packed folder beside the usual feeds, builds and passes its tests.
/// </summary>
public sealed class ConsumerProjectTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Every_package_is_packed_with_the_one_version()
    {
        feed.Packages.Should().BeEquivalentTo(
            PackedFeed.PackageIds.Select(id => $"{id}.{feed.Version}"),
            "each package of src/ is packed, and nothing else is");
    }

    [Fact]
    public async Task Consumer_project_restores_from_the_packed_folder_and_its_tests_pass()
    {
        var project = Path.Combine(feed.Root, "consumer");
        CopyFolder(Path.Combine(Prerequisites.Repository, "tests", "Consumer"), project);

        // The packed folder beside the usual feeds; packages restore into a folder of their own, so a package of the
        // same version from an earlier run is never taken from the machine's cache, while everything else is.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var run = await PackedFeed.RunAsync(
            "dotnet",
            ["test", project, $"-p:EwsImGroupsVersion={feed.Version}", $"-p:RestoreAdditionalProjectSources={feed.Folder}",
             $"-p:RestorePackagesPath={Path.Combine(feed.Root, "packages")}", $"-p:RestoreAdditionalProjectFallbackFolders={machineCache}"],
            feed.Root);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().MatchRegex(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9]");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
