using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Configuration;

/// <summary>
/// <c>Ews:Limits</c> reaches Kestrel, its connection caps stay below the open-file limit less a reserve, and a value out of
/// range stops start-up with the setting's name.
/// </summary>
public sealed class ConnectionLimitsTests
{
    [Fact]
    public void Settings_reach_Kestrel()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Ews:Limits:MaxConnections"] = "40",
            ["Ews:Limits:MaxUpgradedConnections"] = "3",
            ["Ews:Limits:KeepAliveSeconds"] = "15",
            ["Ews:Limits:RequestHeadersTimeoutSeconds"] = "7",
        });

        var limits = services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        limits.MaxConcurrentConnections.Should().Be(40);
        limits.MaxConcurrentUpgradedConnections.Should().Be(3);
        limits.KeepAliveTimeout.Should().Be(TimeSpan.FromSeconds(15));
        limits.RequestHeadersTimeout.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Theory]
    [InlineData(null, 1000, 1000, 100)]
    [InlineData(1_048_576L, 1000, 1000, 100)]
    [InlineData(1024L, 1000, 512, 0)]
    [InlineData(1562L, 1000, 1000, 50)]
    [InlineData(1200L, 500, 500, 100)]
    [InlineData(768L, 1000, 256, 0)]
    [InlineData(256L, 1000, 1, 0)]
    public void Connection_caps_stay_below_the_open_file_limit_less_a_reserve(long? openFiles, int maxConnections, long connections, long upgraded)
    {
        var kestrel = new KestrelServerLimits();

        ConnectionLimits.Apply(kestrel, new LimitsOptions { MaxConnections = maxConnections }, openFiles);

        kestrel.MaxConcurrentConnections.Should().Be(connections);
        kestrel.MaxConcurrentUpgradedConnections.Should().Be(upgraded);
    }

    [Theory]
    [InlineData("MaxConnections", "0", "Ews:Limits:MaxConnections 0 must be between 1 and 1000000.")]
    [InlineData("MaxUpgradedConnections", "-1", "Ews:Limits:MaxUpgradedConnections -1 must be between 0 and 1000000.")]
    [InlineData("KeepAliveSeconds", "0", "Ews:Limits:KeepAliveSeconds 0 must be between 1 and 3600.")]
    [InlineData("RequestHeadersTimeoutSeconds", "601", "Ews:Limits:RequestHeadersTimeoutSeconds 601 must be between 1 and 600.")]
    public void Invalid_setting_is_rejected_with_its_name(string setting, string value, string message)
    {
        using var services = Services(new Dictionary<string, string?> { [$"Ews:Limits:{setting}"] = value });

        var read = () => services.GetRequiredService<IOptions<LimitsOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        AreaServices.Build(settings, builder => builder.AddEwsConfiguration().AddConnectionLimits());
}
