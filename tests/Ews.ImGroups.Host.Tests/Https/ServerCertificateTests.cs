using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ews.ImGroups.Host.Https;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Tests.Https;

/// <summary>
/// The HTTPS certificate: generated once into the certificate folder with the names clients reach the server by, used
/// again on later starts, replaced when it no longer fits, and taken from a configured file instead when there is one.
/// </summary>
public sealed class ServerCertificateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("ews-imgroups-https-").FullName;

    private string PrivateFile => Path.Combine(folder, ServerCertificate.PrivateFileName);

    private string PublicFile => Path.Combine(folder, ServerCertificate.PublicFileName);

    [Fact]
    public void Generated_certificate_names_loopback_the_machine_and_the_configured_host_names_for_server_authentication()
    {
        using var source = Source(Generated("autodiscover.contoso.com", "contoso.com", "192.0.2.7"));

        var certificate = source.Certificate;

        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        var dnsNames = names.EnumerateDnsNames().ToList();
        dnsNames.Should().Contain(["localhost", "autodiscover.contoso.com", "contoso.com"]);
        if (Uri.CheckHostName(Environment.MachineName) == UriHostNameType.Dns)
        {
            dnsNames.Should().Contain(Environment.MachineName);
        }

        names.EnumerateIPAddresses().Should().BeEquivalentTo([IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Parse("192.0.2.7")]);
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>()
            .Select(o => o.Value).Should().Equal("1.3.6.1.5.5.7.3.1");
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority.Should().BeFalse();
        certificate.HasPrivateKey.Should().BeTrue();
        certificate.GetRSAPublicKey()!.KeySize.Should().Be(2048);
        certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false).Should().Be("autodiscover.contoso.com");
        new DateTimeOffset(certificate.NotBefore).Should().BeBefore(Now);
        new DateTimeOffset(certificate.NotAfter).Should().Be(Now + ServerCertificate.Validity);
    }

    [Fact]
    public void Generated_certificate_is_kept_readable_by_its_owner_only_with_its_public_part_beside_it_in_PEM()
    {
        using var source = Source(Generated());

        var certificate = source.Certificate;

        var published = File.ReadAllText(PublicFile);
        published.Should().StartWith("-----BEGIN CERTIFICATE-----").And.NotContain("PRIVATE KEY");
        using (var trusted = X509Certificate2.CreateFromPem(published))
        {
            trusted.RawData.Should().Equal(certificate.RawData);
        }

        using (var kept = X509CertificateLoader.LoadPkcs12FromFile(PrivateFile, null))
        {
            kept.Thumbprint.Should().Be(certificate.Thumbprint);
            kept.HasPrivateKey.Should().BeTrue();
        }

        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(PrivateFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(PublicFile).Should().HaveFlag(UnixFileMode.OtherRead);
        }

        Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo([ServerCertificate.PrivateFileName, ServerCertificate.PublicFileName]);
    }

    [Fact]
    public void Kept_certificate_is_used_again_on_the_next_start()
    {
        string first;
        using (var source = Source(Generated("contoso.com")))
        {
            first = source.Certificate.Thumbprint;
        }

        var published = File.ReadAllText(PublicFile);
        using var again = Source(Generated("contoso.com"), Now.AddDays(30));

        again.Certificate.Thumbprint.Should().Be(first);
        File.ReadAllText(PublicFile).Should().Be(published);
    }

    [Fact]
    public void Kept_certificate_without_a_newly_configured_host_name_is_replaced_by_one_with_it()
    {
        string first;
        using (var source = Source(Generated("contoso.com")))
        {
            first = source.Certificate.Thumbprint;
        }

        using var again = Source(Generated("contoso.com", "autodiscover.contoso.com"));

        again.Certificate.Thumbprint.Should().NotBe(first);
        again.Certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames()
            .Should().Contain("autodiscover.contoso.com");
        using var published = X509Certificate2.CreateFromPem(File.ReadAllText(PublicFile));
        published.Thumbprint.Should().Be(again.Certificate.Thumbprint);
    }

    [Fact]
    public void Expired_kept_certificate_is_replaced()
    {
        string first;
        using (var source = Source(Generated()))
        {
            first = source.Certificate.Thumbprint;
        }

        var expired = Now + ServerCertificate.Validity + TimeSpan.FromDays(1);
        using var later = Source(Generated(), expired);

        later.Certificate.Thumbprint.Should().NotBe(first);
        new DateTimeOffset(later.Certificate.NotAfter).Should().Be(expired + ServerCertificate.Validity);
    }

    [Fact]
    public void Configured_PKCS12_file_with_a_password_is_used_and_nothing_is_generated()
    {
        using var own = SelfSigned("ews.example.org");
        var path = Path.Combine(folder, "own.pfx");
        File.WriteAllBytes(path, own.Export(X509ContentType.Pkcs12, "secret"));
        var options = new HttpsOptions { Port = 8443, CertificatePath = path, CertificatePassword = "secret", CertificateFolder = folder };

        using var source = Source(options);

        source.Certificate.Thumbprint.Should().Be(own.Thumbprint);
        source.Certificate.HasPrivateKey.Should().BeTrue();
        File.Exists(PrivateFile).Should().BeFalse();
        File.Exists(PublicFile).Should().BeFalse();
    }

    [Fact]
    public void Configured_PEM_certificate_with_its_key_in_another_file_is_used()
    {
        using var own = SelfSigned("ews.example.org");
        var certificatePath = Path.Combine(folder, "own.crt");
        var keyPath = Path.Combine(folder, "own.key");
        File.WriteAllText(certificatePath, own.ExportCertificatePem());
        File.WriteAllText(keyPath, own.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var options = new HttpsOptions { Port = 8443, CertificatePath = certificatePath, CertificateKeyPath = keyPath, CertificateFolder = folder };

        using var source = Source(options);

        source.Certificate.Thumbprint.Should().Be(own.Thumbprint);
        source.Certificate.HasPrivateKey.Should().BeTrue();
    }

    [Fact]
    public void Configured_file_that_cannot_be_opened_is_reported_with_the_setting_that_names_it()
    {
        using var own = SelfSigned("ews.example.org");
        var path = Path.Combine(folder, "own.pfx");
        File.WriteAllBytes(path, own.Export(X509ContentType.Pkcs12, "secret"));
        using var source = Source(new HttpsOptions { Port = 8443, CertificatePath = path, CertificatePassword = "wrong", CertificateFolder = folder });

        var open = () => source.Certificate;

        open.Should().Throw<InvalidOperationException>().WithMessage($"Ews:Https:CertificatePath '{path}' cannot be opened: *");
    }

    [Fact]
    public void Configured_certificate_without_a_private_key_is_refused()
    {
        using var own = SelfSigned("ews.example.org");
        var path = Path.Combine(folder, "public-only.crt");
        File.WriteAllText(path, own.ExportCertificatePem());
        using var source = Source(new HttpsOptions { Port = 8443, CertificatePath = path, CertificateFolder = folder });

        var open = () => source.Certificate;

        open.Should().Throw<InvalidOperationException>().WithMessage("Ews:Https:CertificatePath*");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private HttpsOptions Generated(params string[] hostNames) => new() { Port = 8443, HostNames = [.. hostNames], CertificateFolder = folder };

    private static ServerCertificate Source(HttpsOptions options, DateTimeOffset? now = null) =>
        new(Options.Create(options), new FixedClock(now ?? Now), NullLogger<ServerCertificate>.Instance);

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
