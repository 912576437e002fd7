using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Aspire.Hosting.Tests;

public sealed class AddEwsImGroupsTests
{
    [Fact]
    public void Adds_one_container_resource_of_the_locally_built_image()
    {
        var builder = DistributedApplication.CreateBuilder();

        builder.AddEwsImGroups("ews");

        var resource = builder.Resources.Should().ContainSingle().Which.Should().BeOfType<EwsImGroupsResource>().Subject;
        resource.Name.Should().Be("ews");
        var image = resource.Annotations.OfType<ContainerImageAnnotation>().Should().ContainSingle().Subject;
        image.Image.Should().Be("ews-imgroups");
        image.Tag.Should().Be("latest");
        image.Registry.Should().BeNull();
    }

    [Fact]
    public void The_image_and_its_tag_can_be_overridden()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews").WithImage("example/ews-imgroups").WithImageTag("0.1.0");

        var image = ews.Resource.Annotations.OfType<ContainerImageAnnotation>().Should().ContainSingle().Subject;
        image.Image.Should().Be("example/ews-imgroups");
        image.Tag.Should().Be("0.1.0");
    }

    [Fact]
    public void Has_an_http_endpoint_on_the_images_port_8080_at_the_given_host_port()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews", port: 18080);

        var endpoint = ews.Resource.Annotations.OfType<EndpointAnnotation>().Should().ContainSingle().Subject;
        endpoint.Name.Should().Be("http");
        endpoint.UriScheme.Should().Be("http");
        endpoint.Protocol.Should().Be(ProtocolType.Tcp);
        endpoint.TargetPort.Should().Be(8080);
        endpoint.Port.Should().Be(18080);
    }

    [Fact]
    public void Without_a_port_the_host_port_is_left_to_the_orchestrator()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews");

        ews.Resource.Annotations.OfType<EndpointAnnotation>().Single().Port.Should().BeNull();
    }

    [Fact]
    public void Health_checks_ask_livez_and_readyz_on_the_http_endpoint_and_are_registered()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews");

        using var app = builder.Build();

        var keys = ews.Resource.Annotations.OfType<HealthCheckAnnotation>().Select(check => check.Key).ToList();
        keys.Should().BeEquivalentTo("ews_http_/livez_200_check", "ews_http_/readyz_200_check");
        var registered = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name);
        registered.Should().Contain(keys);
    }

    [Fact]
    public async Task Lets_the_control_API_answer_under_the_resource_name_and_sets_nothing_else_of_its_own()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews");

        var environment = await AppModel.EnvironmentOfAsync(ews.Resource);

        environment.Should().Equal(new Dictionary<string, string> { ["Ews__Admin__AllowedHosts__0"] = "ews" });
    }

    [Fact]
    public void Exports_its_traces_and_metrics_to_the_dashboard()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews");

        ews.Resource.Annotations.OfType<OtlpExporterAnnotation>().Should().ContainSingle();
    }

    [Fact]
    public void Refuses_a_resource_name_that_Aspire_would_not_accept()
    {
        var builder = DistributedApplication.CreateBuilder();

        var add = () => builder.AddEwsImGroups("ews imgroups");

        add.Should().Throw<ArgumentException>();
    }
}
