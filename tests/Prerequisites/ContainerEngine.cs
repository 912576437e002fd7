using System.Diagnostics.CodeAnalysis;

namespace Ews.ImGroups.TestSupport;

/// <summary>
/// Tests that run containers skip, with the reason, where no Docker engine is reachable. They answer to their own
/// variable, <see cref="RequireVariable"/>, rather than to <see cref="Prerequisites.RequireVariable"/>: CI installs every
/// other outside program, but cannot provide a Docker engine, so only a run that has one should fail without it.
/// </summary>
public static class ContainerEngine
{
    public const string RequireVariable = "EWS_IMGROUPS_REQUIRE_DOCKER";

    public static void Require([DoesNotReturnIf(false)] bool available, string reason)
    {
        if (!available && Environment.GetEnvironmentVariable(RequireVariable) is { Length: > 0 })
        {
            throw new Xunit.Sdk.XunitException($"{reason} ({RequireVariable} is set, so this cannot be skipped).");
        }

        Skip.IfNot(available, reason);
    }
}
