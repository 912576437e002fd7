using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Https;

/// <summary>
/// The HTTPS area: with <c>Ews:Https:Port</c> set, an HTTPS address is added to the <c>Urls</c> ones, and every HTTPS
/// address Kestrel binds from them presents the configured or generated certificate.
/// </summary>
public static class HttpsSetup
{
    public const string KestrelEndpoints = "Kestrel:Endpoints";

    public static WebApplicationBuilder AddHttps(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<HttpsOptions>()
            .BindConfiguration(HttpsOptions.SectionName)
            .PostConfigure(options =>
            {
                // An empty value, as an environment file or a Compose variable without a default gives, means unset.
                options.CertificatePath = Unset(options.CertificatePath);
                options.CertificateKeyPath = Unset(options.CertificateKeyPath);
                options.CertificatePassword = Unset(options.CertificatePassword);
                options.CertificateFolder = Unset(options.CertificateFolder);
                if (options.Port is not null)
                {
                    options.CertificateFolder = Path.GetFullPath(options.CertificateFolder ?? StoreFolder(configuration));
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HttpsOptions>, HttpsOptionsValidator>();

        // The address has to be known before the server starts, so the port is read here as well; the validator
        // reports a port out of range, and a clash with Kestrel's endpoints, before anything binds.
        var port = configuration.GetSection(HttpsOptions.SectionName).GetValue<int?>(nameof(HttpsOptions.Port));
        if (port is null || HasKestrelEndpoints(configuration))
        {
            return builder;
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServerCertificate>();
        builder.Services.AddOptions<KestrelServerOptions>().Configure<ServerCertificate>((kestrel, certificate) =>
            kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate.Certificate));

        // Added to the addresses rather than bound in code: an endpoint bound in code would make Kestrel ignore Urls.
        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.IsNullOrWhiteSpace(urls) ? Address(port.Value) : $"{urls};{Address(port.Value)}");
        return builder;
    }

    public static bool HasKestrelEndpoints(IConfiguration configuration) => configuration.GetSection(KestrelEndpoints).GetChildren().Any();

    private static string Address(int port) => $"https://+:{port}";

    private static string? Unset(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The folder of the SQLite store's file, where the server keeps its data; <c>data</c> when there is none.</summary>
    private static string StoreFolder(ConfigurationManager configuration)
    {
        var store = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        if (store.Provider == StoreProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(configuration.GetConnectionString(StorageSetup.ConnectionStringName) ?? StorageSetup.DefaultConnectionString);
            if (sqlite.Mode != SqliteOpenMode.Memory && sqlite.DataSource is { Length: > 0 } file && file != ":memory:")
            {
                return Path.GetDirectoryName(Path.GetFullPath(file))!;
            }
        }

        return "data";
    }
}
