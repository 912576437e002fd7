namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Files tests leave for people to look at, such as screenshots: under the test output, or where CI asks.</summary>
public static class Artifacts
{
    public const string Variable = "EWS_IMGROUPS_ARTIFACTS";

    public static string Folder(string kind)
    {
        var root = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(AppContext.BaseDirectory, "TestResults");
        return Directory.CreateDirectory(Path.Combine(root, kind)).FullName;
    }
}
