using Ews.ImGroups.Host.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>The identity area: who a request comes from, by Basic credentials or a bearer token.</summary>
public static class IdentitySetup
{
    public const string SectionName = EwsOptions.SectionName + ":Authentication";

    public static IHostApplicationBuilder AddCallerIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthenticationOptions>()
            .BindConfiguration(SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthenticationOptions>, AuthenticationOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BearerTokens>();
        builder.Services.AddSingleton<CallerAuthenticator>();
        return builder;
    }
}
