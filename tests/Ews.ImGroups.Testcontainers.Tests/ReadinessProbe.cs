using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>
/// A web server on a free loopback port that answers every path with <see cref="StatusCode"/> and records the paths
/// asked for: the stand-in for a container's server when a wait strategy is tried without Docker.
/// </summary>
internal sealed class ReadinessProbe : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<string> paths = [];

    private ReadinessProbe(WebApplication app) => this.app = app;

    public int StatusCode { get; set; } = StatusCodes.Status503ServiceUnavailable;

    public ushort Port { get; private set; }

    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (paths)
            {
                return [.. paths];
            }
        }
    }

    public static async Task<ReadinessProbe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var probe = new ReadinessProbe(builder.Build());
        probe.app.Run(context =>
        {
            lock (probe.paths)
            {
                probe.paths.Add(context.Request.Path);
            }

            context.Response.StatusCode = probe.StatusCode;
            return Task.CompletedTask;
        });
        await probe.app.StartAsync();
        var address = probe.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        probe.Port = (ushort)new Uri(address).Port;
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
