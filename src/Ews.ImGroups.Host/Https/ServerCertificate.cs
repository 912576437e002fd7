using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Https;

/// <summary>
/// The certificate HTTPS presents: the configured file, or a self-signed one made on first use and kept in the
/// certificate folder, so clients that trusted it once keep trusting it across restarts. Beside the private file
/// (readable by its owner only) lies the public certificate in PEM, for clients to trust.
/// </summary>
public sealed partial class ServerCertificate : IDisposable
{
    public const string PrivateFileName = "https-certificate.pfx";
    public const string PublicFileName = "https-certificate.crt";

    /// <summary>The longest validity platforms accept for a server certificate, whoever issued it.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(825);

    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    private readonly HttpsOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<ServerCertificate> logger;
    private readonly Lazy<X509Certificate2> certificate;

    public ServerCertificate(IOptions<HttpsOptions> options, TimeProvider clock, ILogger<ServerCertificate> logger)
    {
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        certificate = new Lazy<X509Certificate2>(Open);
    }

    public X509Certificate2 Certificate => certificate.Value;

    /// <summary>The names a generated certificate must hold: loopback, the configured host names and, when it is a DNS name, the machine's.</summary>
    private IReadOnlyList<string> GeneratedNames =>
        [.. RequiredNames.Append(Environment.MachineName).Where(n => Uri.CheckHostName(n) != UriHostNameType.Unknown).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>
    /// The names a kept certificate must still hold to be used again. The machine's name is not among them: a
    /// container gets a new one each time it is created, and the certificate it trusted should survive that.
    /// </summary>
    private IEnumerable<string> RequiredNames => ["localhost", "127.0.0.1", "::1", .. options.HostNames];

    private string PrivateFile => Path.Combine(options.CertificateFolder!, PrivateFileName);

    private string PublicFile => Path.Combine(options.CertificateFolder!, PublicFileName);

    public void Dispose()
    {
        if (certificate.IsValueCreated)
        {
            certificate.Value.Dispose();
        }
    }

    private X509Certificate2 Open()
    {
        var opened = options.CertificatePath is { } path ? OpenFile(path) : KeptOrGenerated();
        var fingerprint = opened.GetCertHashString(HashAlgorithmName.SHA256);
        LogCertificate(logger, opened.Subject, fingerprint, opened.NotAfter);
        return opened;
    }

    private X509Certificate2 OpenFile(string path)
    {
        X509Certificate2 opened;
        try
        {
            opened = File.ReadAllText(path).Contains("-----BEGIN", StringComparison.Ordinal) ? OpenPem(path) : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{HttpsOptions.SectionName}:{nameof(HttpsOptions.CertificatePath)} '{path}' cannot be opened: {e.Message}", e);
        }

        if (!opened.HasPrivateKey)
        {
            opened.Dispose();
            throw new InvalidOperationException($"{HttpsOptions.SectionName}:{nameof(HttpsOptions.CertificatePath)} '{path}' holds no private key.");
        }

        return opened;
    }

    private X509Certificate2 OpenPem(string path)
    {
        using var pem = options.CertificatePassword is { } password
            ? X509Certificate2.CreateFromEncryptedPemFile(path, password, options.CertificateKeyPath)
            : X509Certificate2.CreateFromPemFile(path, options.CertificateKeyPath);

        // A key read from PEM lives in memory only, which TLS on Windows cannot use; through PKCS#12 it can.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private X509Certificate2 KeptOrGenerated()
    {
        if (File.Exists(PrivateFile))
        {
            if (Kept() is { } kept)
            {
                LogKept(logger, PrivateFile, PublicFile);
                return kept;
            }

            LogReplaced(logger, PrivateFile, string.Join(", ", RequiredNames));
        }

        var generated = Generate();
        Directory.CreateDirectory(options.CertificateFolder!);
        var pkcs12 = generated.Export(X509ContentType.Pkcs12);
        Write(PrivateFile, pkcs12, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Write(PublicFile, Encoding.ASCII.GetBytes(generated.ExportCertificatePem() + "\n"),
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var names = string.Join(", ", GeneratedNames);
        LogGenerated(logger, names, PrivateFile, PublicFile);

        // Read back as later starts will read it, so the first start serves exactly what they serve.
        generated.Dispose();
        return X509CertificateLoader.LoadPkcs12(pkcs12, null);
    }

    private X509Certificate2? Kept()
    {
        X509Certificate2 kept;
        try
        {
            kept = X509CertificateLoader.LoadPkcs12FromFile(PrivateFile, null);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var names = kept.Extensions.OfType<X509SubjectAlternativeNameExtension>().SingleOrDefault() is { } alternative
            ? alternative.EnumerateDnsNames().Concat(alternative.EnumerateIPAddresses().Select(ip => ip.ToString())).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        if (kept.HasPrivateKey && kept.NotBefore <= now && now < kept.NotAfter && RequiredNames.All(n => names.Contains(Canonical(n))))
        {
            return kept;
        }

        kept.Dispose();
        return null;
    }

    private X509Certificate2 Generate()
    {
        var names = GeneratedNames;
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedNameBuilder();
        // Clients that still look at the common name find the first name asked for there.
        subject.AddCommonName(options.HostNames.FirstOrDefault() ?? "localhost");
        subject.AddOrganizationName("Ews.ImGroups");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        var alternative = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            if (IPAddress.TryParse(name, out var address))
            {
                alternative.AddIpAddress(address);
            }
            else
            {
                alternative.AddDnsName(name);
            }
        }

        request.CertificateExtensions.Add(alternative.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        // Valid from a little before now, so a client whose clock is slightly behind accepts it too.
        var now = clock.GetUtcNow();
        return request.CreateSelfSigned(now.AddHours(-1), now.Add(Validity));
    }

    /// <summary>An IP address as the certificate's extension spells it when read back.</summary>
    private static string Canonical(string name) => IPAddress.TryParse(name, out var address) ? address.ToString() : name;

    /// <summary>Writes through a temporary file, so a crash never leaves half a certificate, created with its final permissions.</summary>
    private static void Write(string path, byte[] content, UnixFileMode mode)
    {
        var temporary = path + ".tmp";
        File.Delete(temporary);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = mode;
        }

        using (var stream = new FileStream(temporary, create))
        {
            stream.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate {Subject}, SHA-256 fingerprint {Fingerprint}, valid until {NotAfter}")]
    private static partial void LogCertificate(ILogger logger, string subject, string fingerprint, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS uses the certificate kept in {PrivateFile}; clients trust it through {PublicFile}")]
    private static partial void LogKept(ILogger logger, string privateFile, string publicFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The certificate in {PrivateFile} has expired, cannot be read or lacks one of {Names}; a new one replaces it, which clients must trust anew")]
    private static partial void LogReplaced(ILogger logger, string privateFile, string names);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS uses a new self-signed certificate for {Names}, kept in {PrivateFile}; clients trust it through {PublicFile}")]
    private static partial void LogGenerated(ILogger logger, string names, string privateFile, string publicFile);
}
