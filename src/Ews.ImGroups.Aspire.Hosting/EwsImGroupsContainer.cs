namespace Aspire.Hosting;

/// <summary>What the server's container image fixes: its name, port, folders and the settings this integration sets.</summary>
internal static class EwsImGroupsContainer
{
    /// <summary>The name the image is built under (<c>docker build -t ews-imgroups .</c>).</summary>
    public const string Image = "ews-imgroups";

    /// <summary>The tag a local <c>docker build</c> gives; <c>WithImageTag</c> picks another.</summary>
    public const string Tag = "latest";

    /// <summary>The port the image's server listens on (its <c>URLS</c>).</summary>
    public const int HttpPort = 8080;

    /// <summary>The image's volume, which holds the SQLite store.</summary>
    public const string DataFolder = "/data";

    /// <summary>Where a seed file is mounted: outside the data folder, so a data volume cannot hide it.</summary>
    public const string SeedFilePath = "/seed/seed.json";

    public const string LivenessPath = "/livez";
    public const string ReadinessPath = "/readyz";

    /// <summary>The server requires an admin token at least this long.</summary>
    public const int MinimumAdminTokenLength = 16;

    public const string SeedFileVariable = "Ews__SeedFile";
    public const string AdminTokenVariable = "Ews__Admin__Token";
    public const string AuthenticationModeVariable = "Ews__Authentication__Mode";
    public const string FirstAllowedHostVariable = "Ews__Admin__AllowedHosts__0";
}
