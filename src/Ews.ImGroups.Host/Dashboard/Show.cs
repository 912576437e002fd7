namespace Ews.ImGroups.Host.Dashboard;

/// <summary>How the pages show values that may be missing, and flags.</summary>
internal static class Show
{
    /// <summary>The value, or a muted stand-in when there is none.</summary>
    public static Markup Text(string? value, string missing = "—") =>
        string.IsNullOrEmpty(value) ? Html.Of($"""<span class="none">{missing}</span>""") : Html.Encode(value);

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>A time as UTC to the millisecond, with the exact instant for machines.</summary>
    public static Markup Time(DateTimeOffset time) =>
        Html.Of($"""<time datetime="{time.UtcDateTime:O}">{time.UtcDateTime:yyyy-MM-dd HH:mm:ss.fff}</time>""");
}
