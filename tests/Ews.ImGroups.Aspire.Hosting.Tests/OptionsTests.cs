using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Ews.ImGroups.Aspire.Hosting.Tests;

public sealed class OptionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ews-imgroups-aspire-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_seed_file_is_mounted_read_only_and_named_in_the_seed_setting()
    {
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, "{}");
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews").WithSeedFile(seed);

        var mount = ews.Resource.Annotations.OfType<ContainerMountAnnotation>().Should().ContainSingle().Subject;
        mount.Type.Should().Be(ContainerMountType.BindMount);
        mount.Source.Should().Be(seed);
        mount.Target.Should().Be("/seed/seed.json");
        mount.IsReadOnly.Should().BeTrue();
        (await AppModel.EnvironmentOfAsync(ews.Resource)).Should().Contain("Ews__SeedFile", "/seed/seed.json");
    }

    [Fact]
    public void A_relative_seed_file_starts_at_the_app_host_folder()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { ProjectDirectory = folder });
        File.WriteAllText(Path.Combine(folder, "seed.json"), "{}");

        var ews = builder.AddEwsImGroups("ews").WithSeedFile("seed.json");

        ews.Resource.Annotations.OfType<ContainerMountAnnotation>().Single().Source.Should().Be(Path.Combine(folder, "seed.json"));
    }

    [Fact]
    public void A_missing_seed_file_is_refused_when_the_app_model_is_built()
    {
        var builder = DistributedApplication.CreateBuilder();
        var missing = Path.Combine(folder, "missing.json");

        var withSeed = () => builder.AddEwsImGroups("ews").WithSeedFile(missing);

        withSeed.Should().Throw<FileNotFoundException>().Which.FileName.Should().Be(missing);
    }

    [Fact]
    public async Task An_admin_token_is_passed_as_the_admin_token_setting()
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews").WithAdminToken("0123456789abcdef");

        (await AppModel.EnvironmentOfAsync(ews.Resource)).Should().Contain("Ews__Admin__Token", "0123456789abcdef");
    }

    [Fact]
    public async Task An_admin_token_parameter_is_passed_as_a_reference_to_the_parameter()
    {
        var builder = DistributedApplication.CreateBuilder();
        var token = builder.AddParameter("ews-admin-token", secret: true);
        var ews = builder.AddEwsImGroups("ews").WithAdminToken(token);

        (await AppModel.EnvironmentOfAsync(ews.Resource)).Should().Contain("Ews__Admin__Token", "{ews-admin-token.value}");
    }

    [Fact]
    public void An_admin_token_shorter_than_the_server_accepts_is_refused()
    {
        var builder = DistributedApplication.CreateBuilder();

        var withToken = () => builder.AddEwsImGroups("ews").WithAdminToken("0123456789abcde");

        withToken.Should().Throw<ArgumentException>().WithParameterName("token");
    }

    [Theory]
    [InlineData(EwsImGroupsAuthenticationMode.AutoProvision, "AutoProvision")]
    [InlineData(EwsImGroupsAuthenticationMode.Strict, "Strict")]
    public async Task The_authentication_mode_is_passed_by_the_name_the_server_reads(EwsImGroupsAuthenticationMode mode, string expected)
    {
        var builder = DistributedApplication.CreateBuilder();
        var ews = builder.AddEwsImGroups("ews").WithAuthenticationMode(mode);

        (await AppModel.EnvironmentOfAsync(ews.Resource)).Should().Contain("Ews__Authentication__Mode", expected);
    }

    [Fact]
    public void An_undefined_authentication_mode_is_refused()
    {
        var builder = DistributedApplication.CreateBuilder();

        var withMode = () => builder.AddEwsImGroups("ews").WithAuthenticationMode((EwsImGroupsAuthenticationMode)7);

        withMode.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_named_data_volume_holds_the_images_data_folder()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews").WithDataVolume("ews-data");

        var mount = ews.Resource.Annotations.OfType<ContainerMountAnnotation>().Should().ContainSingle().Subject;
        mount.Type.Should().Be(ContainerMountType.Volume);
        mount.Source.Should().Be("ews-data");
        mount.Target.Should().Be("/data");
        mount.IsReadOnly.Should().BeFalse();
    }

    [Fact]
    public void An_unnamed_data_volume_gets_a_name_of_the_app_host_and_the_resource()
    {
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews").WithDataVolume();

        var mount = ews.Resource.Annotations.OfType<ContainerMountAnnotation>().Single();
        mount.Source.Should().Be(VolumeNameGenerator.Generate(ews, "data")).And.EndWith("-ews-data");
        mount.Target.Should().Be("/data");
    }

    [Fact]
    public async Task Seed_file_and_data_volume_go_together()
    {
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, "{}");
        var builder = DistributedApplication.CreateBuilder();

        var ews = builder.AddEwsImGroups("ews").WithDataVolume("ews-data").WithSeedFile(seed);

        ews.Resource.Annotations.OfType<ContainerMountAnnotation>().Select(mount => mount.Target)
            .Should().BeEquivalentTo("/data", "/seed/seed.json");
    }
}
