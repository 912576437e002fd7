using System.ComponentModel.DataAnnotations;
using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Tenancy;

/// <summary>The <c>Ews:Tenants</c> section: how many worlds besides the default one the server keeps.</summary>
public sealed class TenantOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Tenants";

    /// <summary>
    /// The most tenants the store holds besides the default one; a path naming a new tenant past it is answered 404.
    /// 0 turns the tenant paths off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MaxTenants { get; set; } = 100;
}
