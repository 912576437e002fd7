using System.Diagnostics;
using System.Reflection;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>
/// The tool as a user gets it: packed from the build under test into a folder, then installed from that folder alone
/// with <c>dotnet tool install --tool-path</c> into a temporary folder.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("ews-imgroups-tool-").FullName;

    public string Root => root;

    /// <summary>The installed command.</summary>
    public string Command => Path.Combine(root, "tools", ToolEntry.CommandName);

    public string Version { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(root, "feed");

        // The tool as built for these tests, so packing compiles nothing while other builds may be running.
        var configuration = typeof(ToolEntry).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        (int ExitCode, string Output) pack;
        using (await PackingLock.TakeAsync())
        {
            pack = await RunAsync(
                "dotnet",
                ["pack", Path.Combine(Prerequisites.Repository, "src", "Ews.ImGroups.Tool", "Ews.ImGroups.Tool.csproj"), "--no-build",
                 "--configuration", configuration, "--output", feed, $"-p:PublishDir={Path.Combine(root, "publish")}{Path.DirectorySeparatorChar}"],
                root);
        }

        pack.ExitCode.Should().Be(0, pack.Output);
        var package = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "Ews.ImGroups.Tool.*.nupkg").Should().ContainSingle().Subject);
        Version = package["Ews.ImGroups.Tool.".Length..];

        // Only the folder is a package source, so nothing is looked up on a network feed.
        await File.WriteAllTextAsync(Path.Combine(root, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);
        var install = await RunAsync(
            "dotnet",
            ["tool", "install", "Ews.ImGroups.Tool", "--tool-path", Path.Combine(root, "tools"), "--add-source", feed, "--version", Version],
            root);
        install.ExitCode.Should().Be(0, install.Output);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, string directory)
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

        return start;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string directory)
    {
        using var process = Process.Start(StartInfo(file, arguments, directory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
