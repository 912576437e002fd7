using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage.PostgreSql.Coordination;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>Passes this replica's changes to the others through the database's notifications.</summary>
public sealed class SharedChangeBroadcast(SharedChanges channel) : IChangeBroadcast
{
    public void Publish() => channel.Publish();
}
