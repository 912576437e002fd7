using System.Diagnostics.CodeAnalysis;

namespace Ews.ImGroups.TestSupport;

/// <summary>
/// Tests that need something from outside the repository skip, with the reason, where it is missing; with
/// <see cref="RequireVariable"/> set (as CI sets it) a missing prerequisite fails the test instead.
/// </summary>
public static class Prerequisites
{
    public const string RequireVariable = "EWS_IMGROUPS_REQUIRE_ALL_TESTS";

    public static void Require([DoesNotReturnIf(false)] bool available, string reason)
    {
        if (!available && Environment.GetEnvironmentVariable(RequireVariable) is { Length: > 0 })
        {
            throw new Xunit.Sdk.XunitException($"{reason} ({RequireVariable} is set, so this cannot be skipped).");
        }

        Skip.IfNot(available, reason);
    }

    /// <summary>The repository's root folder, the one holding the solution file.</summary>
    public static string Repository => Path.GetDirectoryName(FindUp("Ews.ImGroups.sln")
        ?? throw new InvalidOperationException("The tests must run inside the repository."))!;

    /// <summary>Finds a folder by walking up from the test binaries, as the repository's files sit above them.</summary>
    public static string? FindUp(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
