using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Https;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Admin;

/// <summary>Which host names the control API and the dashboard answer under, configured or taken from the listening addresses.</summary>
public sealed class AdminHostsTests
{
    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LocalHost.", true)]
    [InlineData("app.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("192.168.1.20", true)]
    [InlineData("ews.internal", true)]
    [InlineData("localhost.evil.example", false)]
    [InlineData("evil.example", false)]
    [InlineData("", false)]
    public void Listening_names_loopback_names_and_addresses_are_allowed_by_default(string host, bool expected)
    {
        var hosts = Hosts(new AdminOptions(), "http://ews.internal:8080", "https://0.0.0.0:8443");

        hosts.Allows(host).Should().Be(expected);
    }

    [Theory]
    [InlineData("http://+:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://[::]:8080")]
    public void A_wildcard_binding_stands_for_the_machine_name_only(string address)
    {
        var hosts = Hosts(new AdminOptions(), address);

        hosts.Allows(Environment.MachineName).Should().BeTrue();
        hosts.Allows("+").Should().BeFalse();
        hosts.Allows("*").Should().BeFalse();
        hosts.Allows("attacker.example").Should().BeFalse();
    }

    [Fact]
    public void Configured_names_replace_the_listening_ones_and_add_to_the_certificate_names()
    {
        var hosts = Hosts(new AdminOptions { AllowedHosts = ["ews.contoso.com", "*.lab.contoso.com"] }, "http://ews.internal:8080");

        hosts.Allows("ews.contoso.com").Should().BeTrue();
        hosts.Allows("a.lab.contoso.com").Should().BeTrue();
        hosts.Allows("lab.contoso.com").Should().BeFalse();
        hosts.Allows("cert.contoso.com").Should().BeTrue();
        hosts.Allows("ews.internal").Should().BeFalse();
    }

    [Fact]
    public void A_star_allows_every_name()
    {
        Hosts(new AdminOptions { AllowedHosts = [AdminHosts.Anyone] }).Allows("anything.example").Should().BeTrue();
    }

    private static AdminHosts Hosts(AdminOptions admin, params string[] addresses)
    {
        var server = new SameOriginTests.NoServer();
        var feature = new ServerAddressesFeature();
        foreach (var address in addresses)
        {
            feature.Addresses.Add(address);
        }

        server.Features.Set<IServerAddressesFeature>(feature);
        return new AdminHosts(Options.Create(admin), Options.Create(new HttpsOptions { HostNames = ["cert.contoso.com"] }), server);
    }
}
