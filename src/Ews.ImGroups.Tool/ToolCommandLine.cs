using System.Globalization;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Storage;
using Microsoft.AspNetCore.Hosting;

namespace Ews.ImGroups.Tool;

/// <summary>
/// Reads the tool's command line into the server settings its options stand for. Options are written
/// <c>--name value</c> or <c>--name=value</c>, each at most once; every other setting comes from <c>Ews__…</c>
/// environment variables, as for the server's own program.
/// </summary>
public static class ToolCommandLine
{
    public static readonly string UrlsKey = WebHostDefaults.ServerUrlsKey;
    public const string SeedFileKey = EwsOptions.SectionName + ":" + nameof(EwsOptions.SeedFile);
    public const string AuthenticationModeKey = IdentitySetup.SectionName + ":" + nameof(AuthenticationOptions.Mode);
    public const string AdminTokenKey = AdminOptions.SectionName + ":" + nameof(AdminOptions.Token);
    public const string LogFormatKey = LoggingOptions.SectionName + ":" + nameof(LoggingOptions.Format);

    public static ToolCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a == ToolOptions.Help || ToolOptions.HelpAliases.Contains(a)))
        {
            return new ToolCommand(ToolAction.Help, new Dictionary<string, string?>());
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var version = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name == ToolOptions.Version)
            {
                if (inlineValue is not null)
                {
                    return ToolCommand.Invalid($"Option '{name}' takes no value.");
                }

                version = true;
                continue;
            }

            if (!ToolOptions.WithValue.Contains(name))
            {
                return ToolCommand.Invalid(name.StartsWith('-') ? $"Unknown option '{name}'." : $"Unexpected argument '{args[i]}'.");
            }

            var value = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (value is null)
            {
                return ToolCommand.Invalid($"Option '{name}' needs a value.");
            }

            if (!values.TryAdd(name, value))
            {
                return ToolCommand.Invalid($"Option '{name}' is given more than once.");
            }
        }

        return version ? new ToolCommand(ToolAction.Version, new Dictionary<string, string?>()) : Settings(values);
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }

    private static ToolCommand Settings(Dictionary<string, string> values)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (values.ContainsKey(ToolOptions.Port) && values.ContainsKey(ToolOptions.Urls))
        {
            return ToolCommand.Invalid($"Give either '{ToolOptions.Port}' or '{ToolOptions.Urls}', not both.");
        }

        foreach (var (name, value) in values)
        {
            var error = name switch
            {
                ToolOptions.Port => Port(value, settings),
                ToolOptions.Urls => Text(value, UrlsKey, settings),
                ToolOptions.Data => Data(value, settings),
                ToolOptions.Seed => Seed(value, settings),
                ToolOptions.Auth => Choice<AuthenticationMode>(name, value, AuthenticationModeKey, settings),
                ToolOptions.AdminToken => Text(value, AdminTokenKey, settings),
                _ => Choice<LogFormat>(name, value, LogFormatKey, settings),
            };
            if (error is not null)
            {
                return ToolCommand.Invalid(error);
            }
        }

        return new ToolCommand(ToolAction.Run, settings);
    }

    /// <summary>
    /// A port on the loopback interface only, as a test server's control API is open by default. Kestrel refuses
    /// <c>localhost:0</c> (it would bind IPv4 and IPv6 to different ports), so port 0 binds <c>127.0.0.1</c>.
    /// </summary>
    private static string? Port(string value, Dictionary<string, string?> settings)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            return $"Option '{ToolOptions.Port}' must be a port number from 0 to 65535, not '{value}'.";
        }

        settings[UrlsKey] = port == 0 ? "http://127.0.0.1:0" : string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}");
        return null;
    }

    private static string? Text(string value, string key, Dictionary<string, string?> settings)
    {
        settings[key] = value;
        return null;
    }

    private static string? Data(string value, Dictionary<string, string?> settings)
    {
        if (value.Length == 0)
        {
            return $"Option '{ToolOptions.Data}' needs a folder.";
        }

        settings[StorageSetup.ConnectionStringKey] = DataFolder.ConnectionString(value);
        return null;
    }

    /// <summary>A seed file, taken from the working directory; an empty value loads no seed.</summary>
    private static string? Seed(string value, Dictionary<string, string?> settings)
    {
        settings[SeedFileKey] = value.Length == 0 ? string.Empty : Path.GetFullPath(value);
        return null;
    }

    private static string? Choice<T>(string name, string value, string key, Dictionary<string, string?> settings)
        where T : struct, Enum
    {
        var choice = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
        {
            return $"Option '{name}' must be one of {string.Join(", ", Enum.GetNames<T>())}, not '{value}'.";
        }

        settings[key] = choice;
        return null;
    }
}
