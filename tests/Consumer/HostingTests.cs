using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Ews.ImGroups.Testcontainers;

namespace Ews.ImGroups.Consumer.Tests;

/// <summary>The container packages as a user's project loads them; neither starts a container here.</summary>
public sealed class HostingTests
{
    [Fact]
    public void Aspire_app_model_holds_the_server_with_its_http_endpoint()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews").WithAdminToken("a-token-of-sixteen-or-more");

        var endpoint = Assert.Single(ews.Resource.Annotations.OfType<EndpointAnnotation>());
        Assert.Equal(("http", 8080), (endpoint.Name, endpoint.TargetPort));
        Assert.Same(ews.Resource, Assert.Single(builder.Resources.OfType<EwsImGroupsResource>()));
    }

    [Fact]
    public void Testcontainers_builder_refuses_a_token_the_server_would_refuse_before_looking_for_docker()
    {
        var builder = new EwsImGroupsBuilder().WithAdminToken("short");

        Assert.Throws<ArgumentException>(() => builder.Build());
    }
}
