using Ews.ImGroups.Storage;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tenancy;

/// <summary>
/// Where a tenant's world is served: <c>/t/{tenant}</c> in front of every path the server has (EWS, Autodiscover, the
/// control API, the dashboard). The prefix becomes the request's path base, so everything behind it answers as at the
/// root and every address the server writes back keeps the prefix.
/// </summary>
public static class TenantPaths
{
    public const string Prefix = "/t";

    /// <summary>The path base of a tenant's world, as clients are told to use it.</summary>
    public static string For(string tenant) => $"{Prefix}/{tenant}";

    /// <summary>
    /// Takes the tenant segment off the path (before routing, which then sees the path as at the root) and works on
    /// that tenant for the rest of the request.
    /// </summary>
    public static IApplicationBuilder UseTenantPaths(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase, out var afterPrefix)
            || !TrySplit(afterPrefix, out var segment, out var rest))
        {
            await next(context);
            return;
        }

        if (!TenantNames.TryNormalize(segment, out var tenant))
        {
            await RefuseAsync(context, $"'{segment}' names no tenant: a tenant is 1 to {TenantNames.MaxLength} letters, digits and hyphens.");
            return;
        }

        context.Request.PathBase = context.Request.PathBase.Add(new PathString(For(segment)));
        context.Request.Path = rest;
        using (TenantScope.Enter(tenant))
        {
            await next(context);
        }
    });

    /// <summary>
    /// Makes the request's tenant on its first use and loads its id key; comes after the store-outage answers, as it
    /// may be the request's first touch of the store.
    /// </summary>
    public static IApplicationBuilder UseTenantWorlds(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var tenant = TenantScope.Current;
        if (tenant != TenantNames.Default)
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<TenantOptions>>().Value.MaxTenants;
            if (!await context.RequestServices.GetRequiredService<TenantIdKeys>().LoadAsync(tenant, limit, context.RequestAborted))
            {
                await RefuseAsync(context, $"No tenant '{tenant}', and the server keeps no more tenants ({TenantOptions.SectionName}:{nameof(TenantOptions.MaxTenants)} is {limit}).");
                return;
            }
        }

        await next(context);
    });

    /// <summary>Splits <c>/{segment}/rest</c>; the rest of <c>/{segment}</c> alone is the root.</summary>
    private static bool TrySplit(PathString path, out string segment, out PathString rest)
    {
        var value = path.Value;
        segment = string.Empty;
        rest = PathString.Empty;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return false;
        }

        var end = value.IndexOf('/', 1);
        segment = end < 0 ? value[1..] : value[1..end];
        rest = end < 0 ? new PathString("/") : new PathString(value[end..]);
        return true;
    }

    private static Task RefuseAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
