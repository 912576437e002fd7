namespace Ews.ImGroups.Tool;

/// <summary>What a command line asks the tool to do.</summary>
public enum ToolAction
{
    /// <summary>Start the server.</summary>
    Run,

    /// <summary>Print the options.</summary>
    Help,

    /// <summary>Print the tool's version.</summary>
    Version,

    /// <summary>Nothing: the command line is wrong.</summary>
    Invalid,
}
