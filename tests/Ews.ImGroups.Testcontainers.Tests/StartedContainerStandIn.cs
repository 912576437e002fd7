using System.Reflection;
using DotNet.Testcontainers.Containers;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>
/// An <see cref="IContainer"/> that looks started and maps container port 8080 to a port on the test host; any other
/// member a wait strategy might ask for fails the test by name.
/// </summary>
public class StartedContainerStandIn : DispatchProxy
{
    private ushort hostPort;

    public static IContainer Create(ushort hostPort)
    {
        var container = Create<IContainer, StartedContainerStandIn>();
        ((StartedContainerStandIn)(object)container).hostPort = hostPort;
        return container;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Hostname" => "127.0.0.1",
        "get_State" => TestcontainersStates.Running,
        "get_Health" => TestcontainersHealthStatus.None,
        "GetMappedPublicPort" when args is [var port] && Convert.ToString(port, System.Globalization.CultureInfo.InvariantCulture) is "8080" or "8080/tcp" => hostPort,
        "GetMappedPublicPort" => throw new InvalidOperationException($"The container exposes no port {args?[0]}."),
        _ => throw new NotSupportedException($"The stand-in container has no {targetMethod?.Name}."),
    };
}
