namespace Ews.ImGroups.Storage.Entities;

/// <summary>A row that belongs to one tenant's world; the context stamps and filters its <see cref="Tenant"/>.</summary>
public interface ITenantOwned
{
    string Tenant { get; set; }
}
