using System.Text;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Images;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>What the builder puts into the container's configuration, read without a Docker engine.</summary>
public sealed class EwsImGroupsBuilderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ews-imgroups-testcontainers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Parameterless_constructor_uses_the_image_the_documented_docker_build_tags()
    {
        new EwsImGroupsBuilder().Configuration.Image.FullName.Should().Be("ews-imgroups:latest");
    }

    [Fact]
    public void Constructor_takes_the_image_it_is_given()
    {
        var configuration = new EwsImGroupsBuilder("registry.example.com/tools/ews-imgroups:0.1.0").Configuration;

        configuration.Image.FullName.Should().Be("registry.example.com/tools/ews-imgroups:0.1.0");
    }

    [Fact]
    public void Constructor_takes_an_image_object_such_as_one_built_from_a_dockerfile()
    {
        var configuration = new EwsImGroupsBuilder(new DockerImage("ews-imgroups:0.1.0")).Configuration;

        configuration.Image.FullName.Should().Be("ews-imgroups:0.1.0");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_refuses_an_empty_image_name(string image)
    {
        var act = () => new EwsImGroupsBuilder(image);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("image");
    }

    [Fact]
    public void Builder_binds_port_8080_to_a_free_host_port_and_allows_every_host_name()
    {
        var configuration = new EwsImGroupsBuilder().Configuration;

        configuration.ExposedPorts.Keys.Should().Equal("8080");
        configuration.PortBindings.Should().Equal(new Dictionary<string, string> { ["8080"] = string.Empty }, "an empty host port asks Docker for a free one");
        configuration.Environments.Should().Equal(new Dictionary<string, string> { ["Ews__Admin__AllowedHosts__0"] = "*" });
        configuration.ResourceMappings.Should().BeEmpty();
    }

    [Fact]
    public async Task WithSeedFile_copies_the_file_into_the_container_and_points_the_seed_setting_at_it()
    {
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, """{ "mailboxes": [] }""");

        var configuration = new EwsImGroupsBuilder().WithSeedFile(seed).Configuration;

        configuration.SeedFile.Should().Be(seed);
        configuration.Environments.Should().Contain("Ews__SeedFile", "/seed/seed.json");
        var mapping = configuration.ResourceMappings.Should().ContainSingle().Subject;
        mapping.Target.Should().Be("/seed/seed.json");
        mapping.FileMode.Should().HaveFlag(UnixFileModes.OtherRead, "the server runs as an unprivileged user");
        Encoding.UTF8.GetString(await mapping.GetAllBytesAsync()).Should().Be("""{ "mailboxes": [] }""");
    }

    [Fact]
    public async Task WithSeedFile_reads_a_relative_path_from_the_current_folder()
    {
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, "{}");

        var configuration = new EwsImGroupsBuilder().WithSeedFile(Path.GetRelativePath(Environment.CurrentDirectory, seed)).Configuration;

        configuration.SeedFile.Should().Be(seed);
    }

    [Fact]
    public async Task WithSeedFile_copies_the_file_as_it_was_when_called()
    {
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, "{}");

        var configuration = new EwsImGroupsBuilder().WithSeedFile(seed).Configuration;
        await File.WriteAllTextAsync(seed, """{ "mailboxes": [] }""");

        Encoding.UTF8.GetString(await configuration.ResourceMappings.Single().GetAllBytesAsync()).Should().Be("{}");
    }

    [Fact]
    public void WithAdminToken_sets_the_token_setting_and_keeps_the_token_for_the_container()
    {
        var configuration = new EwsImGroupsBuilder().WithAdminToken("0123456789abcdef-token").Configuration;

        configuration.AdminToken.Should().Be("0123456789abcdef-token");
        configuration.Environments.Should().Contain("Ews__Admin__Token", "0123456789abcdef-token");
    }

    [Theory]
    [InlineData(EwsImGroupsAuthenticationMode.Strict, "Strict")]
    [InlineData(EwsImGroupsAuthenticationMode.AutoProvision, "AutoProvision")]
    public void WithAuthenticationMode_sets_the_mode_setting(EwsImGroupsAuthenticationMode mode, string value)
    {
        var configuration = new EwsImGroupsBuilder().WithAuthenticationMode(mode).Configuration;

        configuration.AuthenticationMode.Should().Be(mode);
        configuration.Environments.Should().Contain("Ews__Authentication__Mode", value);
    }

    [Fact]
    public void WithAuthenticationMode_refuses_a_value_that_is_no_mode()
    {
        var builder = new EwsImGroupsBuilder();

        var act = () => builder.WithAuthenticationMode((EwsImGroupsAuthenticationMode)7);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("mode");
    }

    [Fact]
    public void Later_settings_replace_earlier_ones_and_keep_the_rest()
    {
        var configuration = new EwsImGroupsBuilder()
            .WithAdminToken("first-token-of-16-chars")
            .WithAuthenticationMode(EwsImGroupsAuthenticationMode.Strict)
            .WithEnvironment("Ews__MaxGroupsPerMailbox", "10")
            .WithAdminToken("second-token-of-16-chars")
            .Configuration;

        configuration.AdminToken.Should().Be("second-token-of-16-chars");
        configuration.AuthenticationMode.Should().Be(EwsImGroupsAuthenticationMode.Strict);
        configuration.Environments.Should().Equal(new Dictionary<string, string>
        {
            ["Ews__Admin__AllowedHosts__0"] = "*",
            ["Ews__Admin__Token"] = "second-token-of-16-chars",
            ["Ews__Authentication__Mode"] = "Strict",
            ["Ews__MaxGroupsPerMailbox"] = "10",
        });
        configuration.ExposedPorts.Keys.Should().Equal("8080");
    }

    [Fact]
    public void WithSeedFile_refuses_a_file_that_does_not_exist()
    {
        var missing = Path.Combine(folder, "missing.json");
        var builder = new EwsImGroupsBuilder();

        var act = () => builder.WithSeedFile(missing);

        act.Should().Throw<FileNotFoundException>().Which.FileName.Should().Be(missing);
    }

    [Fact]
    public void Build_refuses_an_admin_token_the_server_would_refuse()
    {
        var builder = new EwsImGroupsBuilder().WithAdminToken("fifteen-chars!!");

        var act = () => builder.Build();

        act.Should().Throw<ArgumentException>().WithMessage("The admin token must have at least 16 characters*");
    }
}
