using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Https;

/// <summary>
/// Checks the <c>Ews:Https</c> section: the port, the files it names, the host names, and that it does not compete with
/// Kestrel's own endpoint configuration.
/// </summary>
public sealed class HttpsOptionsValidator(IConfiguration configuration) : IValidateOptions<HttpsOptions>
{
    private const string Section = HttpsOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, HttpsOptions options)
    {
        var failures = new List<string>();
        if (options.Port is null)
        {
            // Without a listener the other settings would change nothing, which would go unnoticed.
            if (options.CertificatePath is not null || options.CertificateKeyPath is not null || options.CertificatePassword is not null
                || options.HostNames.Count > 0 || options.CertificateFolder is not null)
            {
                failures.Add($"{Section} has settings but no {nameof(HttpsOptions.Port)}, so the server would not listen on HTTPS; set {Section}:{nameof(HttpsOptions.Port)} (for example 8443).");
            }

            return Result(failures);
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"{Section}:{nameof(HttpsOptions.Port)} {options.Port} must be between 0 and 65535.");
        }

        if (HttpsSetup.HasKestrelEndpoints(configuration))
        {
            failures.Add($"{Section}:{nameof(HttpsOptions.Port)} and {HttpsSetup.KestrelEndpoints} are both set: Kestrel would bind only its own endpoints; use one of them.");
        }

        CheckFile(failures, nameof(HttpsOptions.CertificatePath), options.CertificatePath);
        CheckFile(failures, nameof(HttpsOptions.CertificateKeyPath), options.CertificateKeyPath);
        if (options.CertificatePath is null)
        {
            if (options.CertificateKeyPath is not null || options.CertificatePassword is not null)
            {
                failures.Add($"{Section}:{nameof(HttpsOptions.CertificateKeyPath)} and {nameof(HttpsOptions.CertificatePassword)} need {Section}:{nameof(HttpsOptions.CertificatePath)}.");
            }
        }
        else if (options.HostNames.Count > 0)
        {
            failures.Add($"{Section}:{nameof(HttpsOptions.HostNames)} name what a generated certificate is valid for; a certificate from {Section}:{nameof(HttpsOptions.CertificatePath)} carries its own names.");
        }

        failures.AddRange(options.HostNames
            .Where(host => Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
            .Select(host => $"{Section}:{nameof(HttpsOptions.HostNames)}: '{host}' is not a host name or IP address."));
        return Result(failures);
    }

    private static void CheckFile(List<string> failures, string setting, string? path)
    {
        if (path is not null && !File.Exists(path))
        {
            failures.Add($"{Section}:{setting} '{path}' does not exist.");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
