using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The server published in Release, as the Dockerfile builds it. Each <see cref="StartAsync"/> runs it the way the
/// image does: same entrypoint, working directory and environment, with the data volume and port mapped to a
/// temporary folder and a free local port.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("ews-imgroups-published-").FullName;

    public string Repository { get; } = Path.GetDirectoryName(Prerequisites.FindUp("Ews.ImGroups.sln")
        ?? throw new InvalidOperationException("The tests must run inside the repository."))!;

    public string AppDirectory => Path.Combine(root, "app");

    public DockerfileRecipe Recipe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Recipe = DockerfileRecipe.Read(Path.Combine(Repository, "Dockerfile"));
        var publish = await RunAsync("dotnet", ["publish", "src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj", "--configuration", "Release", "--output", AppDirectory], Repository);
        publish.ExitCode.Should().Be(0, publish.Output);
    }

    public async Task<RunningServer> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var (start, data, port) = ImageCommand();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var server = new RunningServer(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), data, port);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>Runs the image's command with extra environment variables, for a server expected to stop by itself.</summary>
    public async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var (start, _, _) = ImageCommand();
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

    private (ProcessStartInfo Start, string DataDirectory, int Port) ImageCommand()
    {
        var data = Directory.CreateDirectory(Path.Combine(root, $"data-{Guid.NewGuid():N}")).FullName;
        var port = FreePort();
        var start = Command(Recipe.Entrypoint, AppDirectory);
        foreach (var (key, value) in Recipe.Environment)
        {
            start.Environment[key] = Map(value, data, port);
        }

        return (start, data, port);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
