using System.Reflection;
using Ews.ImGroups.Host;

namespace Ews.ImGroups.Tool;

/// <summary>The <c>ews-imgroups</c> command: reads its command line, then prints help or its version, or runs the server.</summary>
public static class ToolEntry
{
    public const string CommandName = "ews-imgroups";

    public static string Version { get; } =
        typeof(ToolEntry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Help { get; } = $"""
        Usage: {CommandName} [options]

        Starts the Ews.ImGroups server, an Exchange Web Services server for the IM contact list, until Ctrl+C.

        Options:
          {ToolOptions.Port} <port>           Listen on http://localhost:<port> (0: a free port on 127.0.0.1). Default 8080.
          {ToolOptions.Urls} <urls>           Listen on these addresses instead, ';' between them (http://+:8080 for every interface).
          {ToolOptions.Data} <folder>         Keep the SQLite store in <folder>. Default: ./{DataFolder.DefaultName}.
          {ToolOptions.Seed} <file>           Load this seed file at start-up ("" for none). Default: the bundled sample seed.
          {ToolOptions.Auth} <mode>           AutoProvision (any user, any password; the default) or Strict.
          {ToolOptions.AdminToken} <token>   Require this token (at least 16 characters) for the control API and the dashboard.
          {ToolOptions.LogFormat} <format>   Plain (the default) or Json.
          {ToolOptions.Help}                  Show this help.
          {ToolOptions.Version}               Show the version.

        Every other setting is an environment variable, such as Ews__MaxGroupsPerMailbox=100; options win over them.

        """;

    /// <summary>Runs the command and returns the process's exit code; the server itself writes to the console.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var command = ToolCommandLine.Parse(args);
        switch (command.Action)
        {
            case ToolAction.Help:
                await output.WriteAsync(Help);
                return ToolExitCodes.Success;
            case ToolAction.Version:
                await output.WriteLineAsync(Version);
                return ToolExitCodes.Success;
            case ToolAction.Invalid:
                await error.WriteLineAsync($"{CommandName}: {command.Error}");
                await error.WriteLineAsync($"Run '{CommandName} {ToolOptions.Help}' for the options.");
                return ToolExitCodes.Usage;
            default:
                var app = EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions { Settings = command.Settings, Configure = DataFolder.ApplyDefault });
                return await EwsImGroupsApplication.RunAsync(app, StartupBanner.Write);
        }
    }
}
