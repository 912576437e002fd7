using System.Globalization;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Images;

namespace Ews.ImGroups.Testcontainers;

/// <summary>
/// Builds an <see cref="EwsImGroupsContainer"/>: the server's image with its HTTP port bound to a free host port,
/// started once <c>/readyz</c> answers 200.
/// </summary>
public sealed class EwsImGroupsBuilder : ContainerBuilder<EwsImGroupsBuilder, EwsImGroupsContainer, EwsImGroupsConfiguration>
{
    /// <summary>The image the parameterless constructor uses: the name <c>docker build -t ews-imgroups .</c> gives.</summary>
    public const string DefaultImage = "ews-imgroups:latest";

    /// <summary>The port the server listens on inside the container.</summary>
    public const ushort HttpPort = 8080;

    /// <summary>Where <see cref="WithSeedFile"/> puts the seed inside the container, apart from the store's volume.</summary>
    public const string ContainerSeedFilePath = "/seed/seed.json";

    /// <summary>The shortest admin token the server accepts.</summary>
    public const int MinimumAdminTokenLength = 16;

    private const string ReadinessPath = "/readyz";
    private const string SeedFileVariable = "Ews__SeedFile";
    private const string AdminTokenVariable = "Ews__Admin__Token";
    private const string AuthenticationModeVariable = "Ews__Authentication__Mode";
    private const string FirstAllowedHostVariable = "Ews__Admin__AllowedHosts__0";

    /// <summary>A builder for <see cref="DefaultImage"/>, the image built from the repository's Dockerfile.</summary>
    public EwsImGroupsBuilder()
        : this(DefaultImage)
    {
    }

    /// <summary>A builder for the given image, such as <c>ews-imgroups:latest</c> or a registry's copy of it.</summary>
    public EwsImGroupsBuilder(string image)
        : this(new EwsImGroupsConfiguration())
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(image);
        DockerResourceConfiguration = Init().WithImage(image).DockerResourceConfiguration;
    }

    /// <summary>A builder for an image object, such as one <c>ImageFromDockerfileBuilder</c> builds from a checkout.</summary>
    public EwsImGroupsBuilder(IImage image)
        : this(new EwsImGroupsConfiguration())
    {
        ArgumentNullException.ThrowIfNull(image);
        DockerResourceConfiguration = Init().WithImage(image).DockerResourceConfiguration;
    }

    private EwsImGroupsBuilder(EwsImGroupsConfiguration resourceConfiguration)
        : base(resourceConfiguration)
    {
        DockerResourceConfiguration = resourceConfiguration;
    }

    /// <summary>The configuration built so far, for the package's tests to read without a Docker engine.</summary>
    internal EwsImGroupsConfiguration Configuration => DockerResourceConfiguration;

    /// <inheritdoc />
    protected override EwsImGroupsConfiguration DockerResourceConfiguration { get; }

    /// <summary>
    /// Copies a seed file (the JSON the server's <c>Ews:SeedFile</c> setting reads) from the test host into the
    /// container and loads it at start-up instead of the image's sample seed. The file is read now, so later changes
    /// to it do not reach the container; a missing file throws <see cref="FileNotFoundException"/>.
    /// </summary>
    public EwsImGroupsBuilder WithSeedFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        return Merge(DockerResourceConfiguration, new EwsImGroupsConfiguration(seedFile: fullPath))
            .WithResourceMapping(FilePath.Of(fullPath), FilePath.Of(ContainerSeedFilePath))
            .WithEnvironment(SeedFileVariable, ContainerSeedFilePath);
    }

    /// <summary>Protects the control API and the dashboard with a token of at least 16 characters.</summary>
    public EwsImGroupsBuilder WithAdminToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Merge(DockerResourceConfiguration, new EwsImGroupsConfiguration(adminToken: token))
            .WithEnvironment(AdminTokenVariable, token);
    }

    /// <summary>Sets how EWS callers sign in; the image's default is <see cref="EwsImGroupsAuthenticationMode.AutoProvision"/>.</summary>
    public EwsImGroupsBuilder WithAuthenticationMode(EwsImGroupsAuthenticationMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an authentication mode of the server.");
        }

        return Merge(DockerResourceConfiguration, new EwsImGroupsConfiguration(authenticationMode: mode))
            .WithEnvironment(AuthenticationModeVariable, mode.ToString());
    }

    /// <inheritdoc />
    public override EwsImGroupsContainer Build()
    {
        Validate();
        return new EwsImGroupsContainer(DockerResourceConfiguration);
    }

    /// <inheritdoc />
    protected override EwsImGroupsBuilder Init() =>
        base.Init()
            .WithPortBinding(HttpPort, assignRandomHostPort: true)
            // Tests reach the container under whatever name their Docker host has (localhost, a remote host, a
            // service name); the control API's guard against DNS rebinding has nothing to protect in a throwaway
            // container, so every name is allowed.
            .WithEnvironment(FirstAllowedHostVariable, "*")
            .WithWaitStrategy(Wait.ForUnixContainer()
                .UntilHttpRequestIsSucceeded(request => request.ForPort(HttpPort).ForPath(ReadinessPath)));

    /// <inheritdoc />
    protected override void Validate()
    {
        // The module's own settings first, so a wrong one is named even where no Docker engine is reachable.
        ValidateSettings(DockerResourceConfiguration);
        base.Validate();
    }

    /// <inheritdoc />
    protected override EwsImGroupsBuilder Clone(IResourceConfiguration<CreateContainerParameters> resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new EwsImGroupsConfiguration(resourceConfiguration));

    /// <inheritdoc />
    protected override EwsImGroupsBuilder Clone(IContainerConfiguration resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new EwsImGroupsConfiguration(resourceConfiguration));

    /// <inheritdoc />
    protected override EwsImGroupsBuilder Merge(EwsImGroupsConfiguration oldValue, EwsImGroupsConfiguration newValue) =>
        new(new EwsImGroupsConfiguration(oldValue, newValue));

    private static void ValidateSettings(EwsImGroupsConfiguration configuration)
    {
        if (configuration.AdminToken is { } token && token.Length < MinimumAdminTokenLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The admin token must have at least {MinimumAdminTokenLength} characters; the server refuses to start with a shorter one."));
        }
    }
}
