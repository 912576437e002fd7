namespace Ews.ImGroups.Host.Observability;

/// <summary>How the console log is written.</summary>
public enum LogFormat
{
    /// <summary>One line of text per event, for people reading a terminal.</summary>
    Plain,

    /// <summary>One JSON object per line (Serilog's compact format, message rendered), for log collectors.</summary>
    Json,
}
