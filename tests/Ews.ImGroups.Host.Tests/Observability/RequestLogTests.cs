using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>Each EWS request leaves one structured line with what happened, and never the caller's credentials.</summary>
public sealed class RequestLogTests : ServerTest
{
    private readonly CapturingSink sink;

    public RequestLogTests()
        : this(new CapturingSink())
    {
    }

    private RequestLogTests(CapturingSink sink)
        : base(services: s => s.AddSingleton<ILogEventSink>(sink)) => this.sink = sink;

    [Fact]
    public async Task Successful_request_logs_operation_mailbox_response_and_status()
    {
        await Client.PostAsync(Requests.AddImGroup("Logged"));

        var line = await RequestLineAsync();
        Property(line, "Operation").Should().Be("AddImGroup");
        Property(line, "Mailbox").Should().Be(Users.Alice);
        Property(line, "ResponseClass").Should().Be("Success");
        Property(line, "ResponseCode").Should().Be("NoError");
        Property(line, "StatusCode").Should().Be("200");
        Property(line, "RequestMethod").Should().Be("POST");
        Property(line, "RequestPath").Should().Be("/EWS/Exchange.asmx");
        line.Properties.Should().ContainKey("Elapsed");
    }

    [Fact]
    public async Task A_tenants_request_logs_the_path_with_its_prefix()
    {
        await Client.PostAsync(Requests.AddImGroup("Logged"), path: "/t/Logged-Tenant" + EwsClient.Endpoint);

        Property(await RequestLineAsync(), "RequestPath").Should().Be("/t/Logged-Tenant/EWS/Exchange.asmx");
    }

    [Fact]
    public async Task Fault_logs_its_code_and_status()
    {
        await Client.PostAsync(Requests.AddImGroup(string.Empty));

        var line = await RequestLineAsync();
        Property(line, "ResponseClass").Should().Be("Error");
        Property(line, "ResponseCode").Should().Be("ErrorSchemaValidation");
        Property(line, "StatusCode").Should().Be("500");
    }

    [Fact]
    public async Task Credentials_never_reach_the_log()
    {
        await Client.PostAsync(Requests.AddImGroup("Secretive"));
        await RequestLineAsync();

        var everything = string.Join('\n', sink.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(' ', e.Properties.Values)));
        everything.Should().NotContain("secret").And.NotContain("Basic ");
    }

    private Task<LogEvent> RequestLineAsync() => RequestLog.LineAsync(sink);

    private static string Property(LogEvent line, string name) => RequestLog.Property(line, name);
}
