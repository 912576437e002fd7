using Ews.ImGroups.Host.Storage;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>Each option of the command line stands for one server setting; a wrong command line is refused with the reason.</summary>
public sealed class ToolCommandLineTests
{
    [Theory]
    [InlineData(new[] { "--port", "5000" }, "urls", "http://localhost:5000")]
    [InlineData(new[] { "--port=5000" }, "urls", "http://localhost:5000")]
    [InlineData(new[] { "--port", "0" }, "urls", "http://127.0.0.1:0")]
    [InlineData(new[] { "--urls", "http://+:8080;http://127.0.0.1:9090" }, "urls", "http://+:8080;http://127.0.0.1:9090")]
    [InlineData(new[] { "--seed", "" }, "Ews:SeedFile", "")]
    [InlineData(new[] { "--auth", "strict" }, "Ews:Authentication:Mode", "Strict")]
    [InlineData(new[] { "--auth=AutoProvision" }, "Ews:Authentication:Mode", "AutoProvision")]
    [InlineData(new[] { "--admin-token", "a-token-of-sixteen-or-more" }, "Ews:Admin:Token", "a-token-of-sixteen-or-more")]
    [InlineData(new[] { "--log-format", "JSON" }, "Ews:Logging:Format", "Json")]
    [InlineData(new[] { "--log-format", "plain" }, "Ews:Logging:Format", "Plain")]
    public void Option_becomes_its_setting(string[] args, string key, string value)
    {
        var command = ToolCommandLine.Parse(args);

        command.Action.Should().Be(ToolAction.Run, command.Error);
        command.Settings.Should().Equal(new Dictionary<string, string?> { [key] = value });
    }

    [Fact]
    public void Data_folder_becomes_the_connection_string_of_the_store_file_in_it_taken_from_the_working_directory()
    {
        var command = ToolCommandLine.Parse(["--data", "some/folder"]);

        command.Settings.Should().Equal(new Dictionary<string, string?>
        {
            [StorageSetup.ConnectionStringKey] = $"Data Source={Path.Combine(Environment.CurrentDirectory, "some", "folder", "imgroups.db")}",
        });
    }

    [Fact]
    public void Seed_file_is_taken_from_the_working_directory()
    {
        var command = ToolCommandLine.Parse(["--seed", "seeds/team.json"]);

        command.Settings.Should().Equal(new Dictionary<string, string?>
        {
            ["Ews:SeedFile"] = Path.Combine(Environment.CurrentDirectory, "seeds", "team.json"),
        });
    }

    [Fact]
    public void Options_combine_and_nothing_else_is_set()
    {
        var command = ToolCommandLine.Parse(["--port", "8081", "--auth", "Strict", "--log-format=Json"]);

        command.Action.Should().Be(ToolAction.Run);
        command.Settings.Should().Equal(new Dictionary<string, string?>
        {
            ["urls"] = "http://localhost:8081",
            ["Ews:Authentication:Mode"] = "Strict",
            ["Ews:Logging:Format"] = "Json",
        });
    }

    [Fact]
    public void No_arguments_run_the_server_on_its_defaults()
    {
        var command = ToolCommandLine.Parse([]);

        command.Action.Should().Be(ToolAction.Run);
        command.Settings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_wins_over_every_other_argument_even_a_wrong_one(string help) =>
        ToolCommandLine.Parse(["--port", "x", help, "--bogus"]).Action.Should().Be(ToolAction.Help);

    [Fact]
    public void Version_is_asked_for_with_its_option() =>
        ToolCommandLine.Parse(["--version"]).Action.Should().Be(ToolAction.Version);

    [Theory]
    [InlineData(new[] { "--bogus" }, "Unknown option '--bogus'.")]
    [InlineData(new[] { "--Ews:MaxGroupsPerMailbox=5" }, "Unknown option '--Ews:MaxGroupsPerMailbox'.")]
    [InlineData(new[] { "serve" }, "Unexpected argument 'serve'.")]
    [InlineData(new[] { "--port" }, "Option '--port' needs a value.")]
    [InlineData(new[] { "--data", "--port", "1" }, "Option '--data' needs a value.")]
    [InlineData(new[] { "--data", "" }, "Option '--data' needs a folder.")]
    [InlineData(new[] { "--port", "http" }, "Option '--port' must be a port number from 0 to 65535, not 'http'.")]
    [InlineData(new[] { "--port", "70000" }, "Option '--port' must be a port number from 0 to 65535, not '70000'.")]
    [InlineData(new[] { "--port", "-1" }, "Option '--port' must be a port number from 0 to 65535, not '-1'.")]
    [InlineData(new[] { "--auth", "Windows" }, "Option '--auth' must be one of AutoProvision, Strict, not 'Windows'.")]
    [InlineData(new[] { "--log-format", "xml" }, "Option '--log-format' must be one of Plain, Json, not 'xml'.")]
    [InlineData(new[] { "--port", "1", "--port=2" }, "Option '--port' is given more than once.")]
    [InlineData(new[] { "--port", "1", "--urls", "http://+:2" }, "Give either '--port' or '--urls', not both.")]
    [InlineData(new[] { "--version=2" }, "Option '--version' takes no value.")]
    public void Wrong_command_line_is_refused_with_the_reason(string[] args, string error)
    {
        var command = ToolCommandLine.Parse(args);

        command.Action.Should().Be(ToolAction.Invalid);
        command.Error.Should().Be(error);
        command.Settings.Should().BeEmpty();
    }
}
