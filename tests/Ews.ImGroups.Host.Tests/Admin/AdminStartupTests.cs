using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Admin;

public sealed class AdminStartupTests
{
    [Theory]
    [InlineData("Ews:Admin:Token", "short")]
    [InlineData("Ews:Journal:MaxEntries", "-1")]
    [InlineData("Ews:Chaos:Rules:0:Probability", "2")]
    [InlineData("Ews:Chaos:Rules:0:Operation", "SendItem")]
    public void A_setting_that_cannot_work_stops_start_up(string key, string value)
    {
        using var server = new EwsServer(new Dictionary<string, string?> { [key] = value });

        var start = () => server.CreateClient();

        var named = key[(key.LastIndexOf(':') + 1)..];
        start.Should().Throw<Exception>()
            .Where(e => e.ToString().Contains(named, StringComparison.OrdinalIgnoreCase), "the refusal names the setting")
            .Which.GetBaseException().Should().BeOfType<OptionsValidationException>();
    }

    [Fact]
    public void An_open_control_API_is_announced_at_start_up()
    {
        var sink = new CapturingSink();
        using var server = new EwsServer(services: s => s.AddSingleton<Serilog.Core.ILogEventSink>(sink));
        using var client = server.CreateClient();

        sink.Events.Should().Contain(e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.RenderMessage(null).Contains("open to anyone", StringComparison.Ordinal)
            && e.RenderMessage(null).Contains("Ews__Admin__Token", StringComparison.Ordinal));
    }
}
