using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Configuration;

/// <summary>The <c>Ews</c> section every area reads, bound and checked before the server starts.</summary>
public static class ConfigurationSetup
{
    public static IHostApplicationBuilder AddEwsConfiguration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EwsOptions>()
            .BindConfiguration(EwsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EwsOptions>, EwsOptionsValidator>();
        return builder;
    }
}
