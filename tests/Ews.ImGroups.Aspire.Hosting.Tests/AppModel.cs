using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ews.ImGroups.Aspire.Hosting.Tests;

/// <summary>Reads an app model the way the orchestrator would, without starting it.</summary>
internal static class AppModel
{
    /// <summary>
    /// The environment variables a resource is given, as a publisher writes them: literals as they are, references to
    /// parameters and other resources as expressions. (Resolving them as in a run needs the orchestrator installed.)
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> EnvironmentOfAsync(IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, CancellationToken.None);
        configuration.Exception.Should().BeNull();
        return configuration.EnvironmentVariables.ToDictionary(variable => variable.Key, variable => variable.Value);
    }

    /// <summary>Gives the resource's <c>http</c> endpoint an address, as the orchestrator does when the container starts.</summary>
    public static void Allocate(EwsImGroupsResource resource, string host, int port)
    {
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == EwsImGroupsResource.HttpEndpointName);
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, host, port);
    }
}
