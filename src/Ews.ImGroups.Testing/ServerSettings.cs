using System.Globalization;

namespace Ews.ImGroups.Testing;

/// <summary>The server settings an in-process server starts with, before the caller's own.</summary>
internal static class ServerSettings
{
    public static Dictionary<string, string?> For(EwsImGroupsServerOptions options, string connectionString, string seedFile)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // Loopback and port 0: a free port, reachable from this machine only.
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:ImGroups"] = connectionString,
            ["Ews:SeedFile"] = seedFile,
            ["Ews:Authentication:Mode"] = options.AuthenticationMode.ToString(),
            ["Ews:Admin:Token"] = options.AdminToken,

            // A test's output is for the test: the server speaks up only for warnings and errors.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",

            // Temporary folders sit on small volumes in CI; the check guards long-running servers, not a test's store.
            ["Ews:Store:MinimumFreeBytes"] = 0.ToString(CultureInfo.InvariantCulture),
        };

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
