using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>The chaos area: rules from configuration and the control API, applied by the EWS gate.</summary>
public static class ChaosSetup
{
    public static IHostApplicationBuilder AddChaos(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChaosOptions>()
            .BindConfiguration(ChaosOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ChaosOptions>, ChaosOptionsValidator>();
        builder.Services.TryAddSingleton<ChangeFeed>();
        builder.Services.TryAddSingleton<IChaosRuleStore, MemoryChaosRules>();
        builder.Services.AddSingleton<ChaosRules>();
        builder.Services.AddSingleton<ChaosInjector>();
        return builder;
    }
}
