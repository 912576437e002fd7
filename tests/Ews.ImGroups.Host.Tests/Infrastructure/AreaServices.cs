using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>The services some of the host's areas register, over given settings, without starting a server.</summary>
public static class AreaServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, Action<IHostApplicationBuilder> areas)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        areas(builder);
        return builder.Services.BuildServiceProvider();
    }
}
