using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        using var services = AreaServices.Build(
            new Dictionary<string, string?> { [key] = value },
            builder => builder.AddEwsConfiguration().AddJournal().AddChaos().AddAdminApi());

        // What the host runs before it starts listening: every option registered to be validated on start.
        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        var named = key[(key.LastIndexOf(':') + 1)..];
        start.Should().Throw<OptionsValidationException>()
            .Where(e => e.Message.Contains(named, StringComparison.OrdinalIgnoreCase), "the refusal names the setting");
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
