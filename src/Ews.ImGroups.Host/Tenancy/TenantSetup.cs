namespace Ews.ImGroups.Host.Tenancy;

/// <summary>The tenants area: its limit, checked at start-up.</summary>
public static class TenantSetup
{
    public static IHostApplicationBuilder AddTenants(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantOptions>()
            .BindConfiguration(TenantOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
