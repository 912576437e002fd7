using Ews.ImGroups.Host.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// The identity area: who an EWS or Autodiscover request comes from, by Basic credentials or a bearer token, as
/// ASP.NET Core authentication schemes under one authorization policy.
/// </summary>
public static class IdentitySetup
{
    public const string SectionName = EwsOptions.SectionName + ":Authentication";

    public static IHostApplicationBuilder AddCallerIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthenticationOptions>()
            .BindConfiguration(SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthenticationOptions>, AuthenticationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAccountChanges, MemoryAccountChanges>();
        // Refused sign-ins are counted on the server's meter, which the identity area may be set up without.
        services.AddMetrics();
        services.TryAddSingleton<Observability.EwsMetrics>();
        services.AddSingleton<SignInGuard>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<FirstUseMailboxes>();
        services.AddSingleton<CallerSignIn>();

        services.AddAuthentication()
            .AddScheme<BasicAuthenticationOptions, BasicAuthenticationHandler>(EwsAuthentication.BasicScheme, configureOptions: null)
            .AddJwtBearer(EwsAuthentication.BearerScheme);
        services.AddOptions<BasicAuthenticationOptions>(EwsAuthentication.BasicScheme)
            .Configure<IOptions<EwsOptions>>((basic, ews) => basic.Challenge = $"{EwsAuthentication.BasicScheme} realm=\"{ews.Value.Realm}\"");
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerTokenConfiguration>();

        // Settings decide whether the Bearer scheme takes part, so the policy is made once they are read.
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthenticationOptions>>((authorization, authentication) =>
            authorization.AddPolicy(EwsAuthentication.Policy, policy => policy
                .AddAuthenticationSchemes(authentication.Value.Bearer.Enabled
                    ? [EwsAuthentication.BasicScheme, EwsAuthentication.BearerScheme]
                    : [EwsAuthentication.BasicScheme])
                .RequireAuthenticatedUser()));
        return builder;
    }
}
