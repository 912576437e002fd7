namespace Ews.ImGroups.Tool;

/// <summary>The tool's exit codes besides the server's own (1 for a store it must not use).</summary>
public static class ToolExitCodes
{
    public const int Success = 0;

    /// <summary>A wrong command line, as shells use 2 for a command's misuse.</summary>
    public const int Usage = 2;
}
