using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The server published in Release, as the Dockerfile builds it. Each <see cref="StartAsync"/> runs it the way the
/// image does: same entrypoint, working directory and environment, with the data volume mapped to a temporary folder
/// and the port to 0, so servers started side by side never clash.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("ews-imgroups-published-").FullName;

    public string Repository { get; } = Prerequisites.Repository;

    public string AppDirectory => Path.Combine(root, "app");

    public DockerfileRecipe Recipe { get; private set; } = null!;

    /// <summary>The Linux runtime of this machine's architecture, as the Dockerfile publishes for the image's.</summary>
    private static string Runtime => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    public async Task InitializeAsync()
    {
        Recipe = DockerfileRecipe.Read(Path.Combine(Repository, "Dockerfile"));
        var publish = await RunAsync(
            "dotnet",
            ["publish", "src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj", "--configuration", "Release", "--output", AppDirectory, "--runtime", Runtime, "--self-contained", "false"],
            Repository);
        publish.ExitCode.Should().Be(0, publish.Output);
    }

    /// <summary>
    /// Starts the image's command, with extra environment variables and arguments appended to the entrypoint, on a
    /// fresh data volume or on <paramref name="dataDirectory"/>, the volume of an earlier server. With
    /// <paramref name="maxOpenFiles"/> the command runs under that open-file limit, as a container's <c>ulimit</c>
    /// sets it; the shell replaces itself with the server, so the process is the server's.
    /// </summary>
    public Task<RunningServer> StartAsync(
        IReadOnlyDictionary<string, string>? environment = null,
        IReadOnlyList<string>? arguments = null,
        string? dataDirectory = null,
        int? maxOpenFiles = null)
    {
        var (start, data) = ImageCommand(dataDirectory);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        if (maxOpenFiles is { } limit)
        {
            string[] command = [start.FileName, .. start.ArgumentList];
            start.FileName = "sh";
            start.ArgumentList.Clear();
            foreach (var argument in (string[])["-c", $"ulimit -n {limit} && exec \"$@\"", "sh", .. command])
            {
                start.ArgumentList.Add(argument);
            }
        }

        return RunningServer.StartAsync(start, data);
    }

    /// <summary>
    /// Runs the image's command with extra environment variables, for a server expected to stop by itself, on a fresh
    /// data volume or on <paramref name="dataDirectory"/>.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, string? dataDirectory = null)
    {
        var (start, _) = ImageCommand(dataDirectory);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, await output + await error);
    }

    public string Map(string value, string dataDirectory, int port) => value
        .Replace(Recipe.DataVolume, dataDirectory, StringComparison.Ordinal)
        .Replace($":{Recipe.Port}", $":{port}", StringComparison.Ordinal);

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string directory)
    {
        using var process = Process.Start(Command([file, .. arguments], directory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The image's command with its port mapped to 0, so the server takes a free port and prints it.</summary>
    private (ProcessStartInfo Start, string DataDirectory) ImageCommand(string? dataDirectory = null)
    {
        var data = dataDirectory ?? Directory.CreateDirectory(Path.Combine(root, $"data-{Guid.NewGuid():N}")).FullName;
        var start = Command(Recipe.Entrypoint, AppDirectory);
        foreach (var (key, value) in Recipe.Environment)
        {
            start.Environment[key] = Map(value, data, port: 0);
        }

        return (start, data);
    }

    private static ProcessStartInfo Command(IReadOnlyList<string> command, string directory)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
