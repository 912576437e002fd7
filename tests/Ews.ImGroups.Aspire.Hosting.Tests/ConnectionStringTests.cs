using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Ews.ImGroups.Aspire.Hosting.Tests;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Is_the_EWS_URL_below_the_http_endpoint()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews");

        ews.Resource.ConnectionStringExpression.ValueExpression.Should().Be("{ews.bindings.http.url}/EWS/Exchange.asmx");
    }

    [Fact]
    public async Task Resolves_to_the_allocated_address()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews", port: 18080);

        AppModel.Allocate(ews.Resource, "localhost", 18080);

        (await ((IResourceWithConnectionString)ews.Resource).GetConnectionStringAsync()).Should().Be("http://localhost:18080/EWS/Exchange.asmx");
        (await ews.Resource.UriExpression.GetValueAsync(CancellationToken.None)).Should().Be("http://localhost:18080");
    }

    [Fact]
    public async Task Connection_properties_name_host_port_and_base_address()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews");
        AppModel.Allocate(ews.Resource, "localhost", 18081);

        var properties = new Dictionary<string, string?>();
        foreach (var (name, expression) in ((IResourceWithConnectionString)ews.Resource).GetConnectionProperties())
        {
            properties[name] = await expression.GetValueAsync(CancellationToken.None);
        }

        properties.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["Host"] = "localhost",
            ["Port"] = "18081",
            ["Uri"] = "http://localhost:18081",
        });
    }

    [Fact]
    public async Task A_referencing_resource_receives_it_and_the_connection_properties_under_the_resource_name()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews");
        var consumer = builder.AddContainer("consumer", "consumer-image").WithReference(ews);

        var environment = await AppModel.EnvironmentOfAsync(consumer.Resource);

        environment.Should().Contain("ConnectionStrings__ews", "{ews.connectionString}")
            .And.Contain("EWS_HOST", "{ews.bindings.http.host}")
            .And.Contain("EWS_PORT", "{ews.bindings.http.port}")
            .And.Contain("EWS_URI", "{ews.bindings.http.url}");
    }
}
