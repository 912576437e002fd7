using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Https;

/// <summary>
/// The <c>Ews:Https</c> section: an HTTPS listener beside the <c>Urls</c> ones, with a certificate from a file or one
/// the server makes itself and keeps in its data folder.
/// </summary>
public sealed class HttpsOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Https";

    /// <summary>The port HTTPS listens on, on all interfaces; unset means no HTTPS listener, 0 a free port.</summary>
    public int? Port { get; set; }

    /// <summary>A PKCS#12 (<c>.pfx</c>) or PEM certificate with its private key; unset means a generated one.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key, when it is not in <see cref="CertificatePath"/> itself.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>The password of the PKCS#12 file or of the encrypted PEM key.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Names a generated certificate is valid for besides <c>localhost</c>, the loopback addresses and the machine's name.</summary>
    public List<string> HostNames { get; set; } = [];

    /// <summary>Where a generated certificate is kept; by default the folder of the SQLite store.</summary>
    public string? CertificateFolder { get; set; }
}
