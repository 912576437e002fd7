using Ews.ImGroups.Host.Https;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Https;

/// <summary>
/// The <c>Ews:Https</c> settings: checked at start-up with the setting's name, and with a port, an HTTPS address added
/// to the configured ones rather than replacing them.
/// </summary>
public sealed class HttpsSettingsTests
{
    [Theory]
    [InlineData("Ews:Https:Port", "70000", "Ews:Https:Port 70000 must be between 0 and 65535.")]
    [InlineData("Ews:Https:CertificatePath", "no/such/certificate.pfx", "Ews:Https:CertificatePath 'no/such/certificate.pfx' does not exist.")]
    [InlineData("Ews:Https:CertificateKeyPath", "no/such/key.pem", "Ews:Https:CertificateKeyPath 'no/such/key.pem' does not exist.")]
    [InlineData("Ews:Https:CertificatePassword", "secret", "need Ews:Https:CertificatePath")]
    [InlineData("Ews:Https:HostNames:0", "not a host", "Ews:Https:HostNames: 'not a host' is not a host name or IP address.")]
    [InlineData("Kestrel:Endpoints:Https:Url", "https://+:9443", "Ews:Https:Port and Kestrel:Endpoints are both set")]
    public void Invalid_setting_with_a_port_is_rejected_with_its_name(string key, string value, string message)
    {
        using var services = Build(new Dictionary<string, string?> { ["Ews:Https:Port"] = "8443", [key] = value }).Services.BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<HttpsOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Certificate_settings_without_a_port_are_rejected_rather_than_ignored()
    {
        using var services = Build(new Dictionary<string, string?> { ["Ews:Https:HostNames:0"] = "contoso.com" }).Services.BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<HttpsOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Ews:Https has settings but no Port");
    }

    [Fact]
    public void Host_names_name_a_generated_certificate_only()
    {
        var path = Path.GetTempFileName();
        try
        {
            using var services = Build(new Dictionary<string, string?>
            {
                ["Ews:Https:Port"] = "8443",
                ["Ews:Https:CertificatePath"] = path,
                ["Ews:Https:HostNames:0"] = "contoso.com",
            }).Services.BuildServiceProvider();

            var read = () => services.GetRequiredService<IOptions<HttpsOptions>>().Value;

            read.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Ews:Https:HostNames name what a generated certificate is valid for");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Port_adds_an_HTTPS_address_on_all_interfaces_to_the_configured_ones()
    {
        var builder = Build(new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:8080", ["Ews:Https:Port"] = "8443" });

        builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey).Should().Be("http://127.0.0.1:8080;https://+:8443");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("8443", "https://+:9443")]
    public void Without_a_port_or_beside_Kestrel_endpoints_the_addresses_stay_as_configured(string? port, string? kestrelEndpoint)
    {
        var builder = Build(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:8080",
            ["Ews:Https:Port"] = port,
            ["Kestrel:Endpoints:Https:Url"] = kestrelEndpoint,
        });

        builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey).Should().Be("http://127.0.0.1:8080");
    }

    [Fact]
    public void Generated_certificate_goes_to_the_folder_of_the_SQLite_store_unless_another_is_named()
    {
        var store = Path.Combine(Path.GetTempPath(), "ews-imgroups-store");
        var settings = new Dictionary<string, string?>
        {
            ["Ews:Https:Port"] = "8443",
            ["ConnectionStrings:ImGroups"] = $"Data Source={Path.Combine(store, "imgroups.db")}",
        };
        using var byDefault = Build(settings).Services.BuildServiceProvider();
        using var named = Build(new(settings) { ["Ews:Https:CertificateFolder"] = "certificates" }).Services.BuildServiceProvider();

        byDefault.GetRequiredService<IOptions<HttpsOptions>>().Value.CertificateFolder.Should().Be(store);
        named.GetRequiredService<IOptions<HttpsOptions>>().Value.CertificateFolder.Should().Be(Path.GetFullPath("certificates"));
    }

    [Fact]
    public void Empty_values_mean_unset()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Ews:Https:Port"] = "8443",
            ["Ews:Https:CertificatePath"] = string.Empty,
            ["Ews:Https:CertificatePassword"] = string.Empty,
        }).Services.BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<HttpsOptions>>().Value;

        options.CertificatePath.Should().BeNull();
        options.CertificatePassword.Should().BeNull();
    }

    private static WebApplicationBuilder Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.AddHttps();
    }
}
