using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Https;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Soap;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Host.Tenancy;
using Ews.ImGroups.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ews.ImGroups.Host;

/// <summary>
/// The whole server, its settings, services and request pipeline, built in one place for every way of starting it:
/// its own program, the <c>ews-imgroups</c> tool and hosts inside a test process.
/// </summary>
public static class EwsImGroupsApplication
{
    /// <summary>
    /// Builds the server; it listens once started, by <see cref="RunAsync"/>, or by <c>StartAsync</c> to run it alongside
    /// other work (then <see cref="Endpoints"/> tells where it answers).
    /// </summary>
    public static WebApplication Build(EwsImGroupsApplicationOptions? options = null)
    {
        options ??= new EwsImGroupsApplicationOptions();

        // Settings, schemas and the sample seed ship beside the binaries, so the server reads them wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [.. options.Args], ContentRootPath = AppContext.BaseDirectory });
        if (options.Settings.Count > 0)
        {
            builder.Configuration.AddInMemoryCollection(options.Settings);
        }

        options.Configure?.Invoke(builder);
        builder.AddEwsConfiguration().AddConnectionLimits().AddObservability().AddStore().AddTenants().AddCallerIdentity().AddJournal().AddChaos();
        builder.AddEwsEndpoint().AddAutodiscover().AddAdminApi();
        builder.AddHttps();

        var app = builder.Build();
        app.UseTenantPaths();
        app.UseRouting();
        app.UseObservability();
        app.UseStoreOutageAnswers();
        app.UseTenantWorlds();
        app.UseAdminApi();
        app.UseAuthentication().UseAuthorization();
        app.MapObservability().MapServiceDescription().MapAutodiscover().MapAdminApi().MapDashboard();
        app.UseEwsEndpoint();
        return app;
    }

    /// <summary>
    /// Runs the server until the process is asked to stop (Ctrl+C, SIGTERM), even while still starting, and returns the
    /// process's exit code: 0, or 1 when the store is one this server must not use. <paramref name="started"/> runs once
    /// the server listens, after the lines announcing its addresses.
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, Action<WebApplication>? started = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using (app)
        {
            try
            {
                await app.StartAsync();
                started?.Invoke(app);
                await app.WaitForShutdownAsync();
                return 0;
            }
            catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Asked to stop while still starting: as clean an end as a stop once running.
                return 0;
            }
            catch (StoreRefusedException refused)
            {
                // A store this server must not use is an operator's problem to fix, not a crash: say which file and why.
                await Console.Error.WriteLineAsync(refused.Message);
                return 1;
            }
        }
    }

    /// <summary>The addresses of a started server, one set per address it is bound to, in the order it bound them.</summary>
    public static IReadOnlyList<EwsImGroupsEndpoints> Endpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return [.. addresses.Select(EwsImGroupsEndpoints.ForBinding)];
    }
}
