namespace Ews.ImGroups.Host.Configuration;

public static class SeedFiles
{
    /// <summary>The seed that ships next to the server binaries.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "samples", "seed.json");

    public static string Resolve(string configured) => Path.GetFullPath(configured);

    /// <summary>The file to load, or null when seeding is switched off.</summary>
    public static string? Select(EwsOptions options) => options.SeedFile switch
    {
        null => Bundled,
        "" => null,
        var configured => Resolve(configured),
    };
}
