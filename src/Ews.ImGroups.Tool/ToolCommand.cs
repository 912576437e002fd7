namespace Ews.ImGroups.Tool;

/// <summary>A parsed command line: what to do and, to start the server, the settings its options stand for.</summary>
/// <param name="Settings">Settings by configuration key, winning over environment variables.</param>
/// <param name="Error">Why the command line is wrong, for <see cref="ToolAction.Invalid"/>.</param>
public sealed record ToolCommand(ToolAction Action, IReadOnlyDictionary<string, string?> Settings, string? Error = null)
{
    public static ToolCommand Invalid(string error) => new(ToolAction.Invalid, new Dictionary<string, string?>(), error);
}
