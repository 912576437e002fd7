using System.Reflection;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>What the command prints and the exit code it ends with when it does not start the server.</summary>
public sealed class ToolEntryTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_every_option_and_exits_0(string help)
    {
        var (exitCode, output, error) = await RunAsync(help);

        exitCode.Should().Be(0);
        output.Should().StartWith("Usage: ews-imgroups [options]");
        foreach (var option in (string[])["--port", "--urls", "--data", "--seed", "--auth", "--admin-token", "--log-format", "--help", "--version"])
        {
            output.Should().Contain($"{Environment.NewLine}  {option} ");
        }

        error.Should().BeEmpty();
    }

    [Fact]
    public async Task Version_prints_the_informational_version_of_the_tool_and_exits_0()
    {
        var (exitCode, output, error) = await RunAsync("--version");

        exitCode.Should().Be(0);
        output.Should().Be(typeof(ToolEntry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion + Environment.NewLine);
        output.Should().StartWith("0.1.0");
        error.Should().BeEmpty();
    }

    [Fact]
    public async Task Wrong_command_line_exits_2_with_the_reason_and_a_pointer_to_help_on_standard_error()
    {
        var (exitCode, output, error) = await RunAsync("--port", "http");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(
            "ews-imgroups: Option '--port' must be a port number from 0 to 65535, not 'http'." + Environment.NewLine
            + "Run 'ews-imgroups --help' for the options." + Environment.NewLine);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ToolEntry.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
