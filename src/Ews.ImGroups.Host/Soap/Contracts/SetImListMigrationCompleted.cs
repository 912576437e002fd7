using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class SetImListMigrationCompletedType
{
    public bool ImListMigrationCompleted { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class SetImListMigrationCompletedResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class SetImListMigrationCompletedRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public SetImListMigrationCompletedType SetImListMigrationCompleted { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class SetImListMigrationCompletedResponse
{
    [MessageBodyMember(Name = "SetImListMigrationCompletedResponse", Namespace = EwsNamespaces.Messages)]
    public SetImListMigrationCompletedResponseMessageType Body { get; init; } = new();
}
