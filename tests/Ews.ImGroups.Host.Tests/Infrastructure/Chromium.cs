namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package), which the browser tests drive through Playwright instead
/// of a browser Playwright would download.
/// </summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string? Executable { get; } = Find();

    /// <summary>Chromium's sandbox cannot start as root, as tests in containers often run.</summary>
    public static IReadOnlyList<string> Arguments { get; } = Environment.UserName == "root"
        ? ["--no-sandbox", "--disable-dev-shm-usage"]
        : ["--disable-dev-shm-usage"];

    public static void Require() =>
        Prerequisites.Require(Executable is not null, "The browser tests need Chromium on PATH (Debian's chromium package).");

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
}
