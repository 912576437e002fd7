namespace Ews.ImGroups.Tool;

/// <summary>The tool's options, as written on its command line.</summary>
public static class ToolOptions
{
    public const string Port = "--port";
    public const string Urls = "--urls";
    public const string Data = "--data";
    public const string Seed = "--seed";
    public const string Auth = "--auth";
    public const string AdminToken = "--admin-token";
    public const string LogFormat = "--log-format";
    public const string Help = "--help";
    public const string Version = "--version";

    /// <summary>The short spellings of <see cref="Help"/>.</summary>
    public static IReadOnlyList<string> HelpAliases { get; } = ["-h", "-?"];

    /// <summary>The options that take a value.</summary>
    public static IReadOnlyList<string> WithValue { get; } = [Port, Urls, Data, Seed, Auth, AdminToken, LogFormat];
}
