using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>Adds the Ews.ImGroups server to an Aspire app model and configures it.</summary>
public static class EwsImGroupsBuilderExtensions
{
    /// <summary>
    /// Adds the server as a container of the <c>ews-imgroups</c> image, with an <c>http</c> endpoint and health checks
    /// on <c>/livez</c> and <c>/readyz</c>, so <c>WaitFor</c> holds consumers back until the server is ready.
    /// </summary>
    /// <param name="builder">The app model's builder.</param>
    /// <param name="name">The resource's name; the connection string of that name is the EWS URL.</param>
    /// <param name="port">The host port of the <c>http</c> endpoint; a random free one when omitted.</param>
    public static IResourceBuilder<EwsImGroupsResource> AddEwsImGroups(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        return builder.AddResource(new EwsImGroupsResource(name))
            .WithImage(EwsImGroupsContainer.Image, EwsImGroupsContainer.Tag)
            .WithHttpEndpoint(port: port, targetPort: EwsImGroupsContainer.HttpPort, name: EwsImGroupsResource.HttpEndpointName)
            // Other containers of the app model reach the server under its resource name; let its control API answer there.
            .WithEnvironment(EwsImGroupsContainer.FirstAllowedHostVariable, name)
            .WithOtlpExporter()
            .WithHttpHealthCheck(EwsImGroupsContainer.LivenessPath, endpointName: EwsImGroupsResource.HttpEndpointName)
            .WithHttpHealthCheck(EwsImGroupsContainer.ReadinessPath, endpointName: EwsImGroupsResource.HttpEndpointName);
    }

    /// <summary>Loads the given seed file (mailboxes, contacts, groups, accounts) at every start of the server.</summary>
    /// <param name="builder">The server's resource builder.</param>
    /// <param name="path">The seed file on the host; a relative path starts at the app host's folder.</param>
    public static IResourceBuilder<EwsImGroupsResource> WithSeedFile(this IResourceBuilder<EwsImGroupsResource> builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(path);

        var source = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        if (!File.Exists(source))
        {
            // A missing bind-mount source would reach the container as an empty folder and fail there, far from the cause.
            throw new FileNotFoundException($"The seed file '{source}' does not exist.", source);
        }

        return builder
            .WithBindMount(source, EwsImGroupsContainer.SeedFilePath, isReadOnly: true)
            .WithEnvironment(EwsImGroupsContainer.SeedFileVariable, EwsImGroupsContainer.SeedFilePath);
    }

    /// <summary>Requires the given token for the control API and the dashboard (at least 16 characters).</summary>
    public static IResourceBuilder<EwsImGroupsResource> WithAdminToken(this IResourceBuilder<EwsImGroupsResource> builder, string token)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < EwsImGroupsContainer.MinimumAdminTokenLength)
        {
            throw new ArgumentException(
                $"The admin token must have at least {EwsImGroupsContainer.MinimumAdminTokenLength} characters.", nameof(token));
        }

        return builder.WithEnvironment(EwsImGroupsContainer.AdminTokenVariable, token);
    }

    /// <summary>Requires the value of the given parameter (usually a secret one) for the control API and the dashboard.</summary>
    public static IResourceBuilder<EwsImGroupsResource> WithAdminToken(
        this IResourceBuilder<EwsImGroupsResource> builder, IResourceBuilder<ParameterResource> token)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(token);
        return builder.WithEnvironment(EwsImGroupsContainer.AdminTokenVariable, token);
    }

    /// <summary>Chooses who may sign in to EWS: anyone (the server's default) or only the configured accounts.</summary>
    public static IResourceBuilder<EwsImGroupsResource> WithAuthenticationMode(
        this IResourceBuilder<EwsImGroupsResource> builder, EwsImGroupsAuthenticationMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not an authentication mode of the server.");
        }

        return builder.WithEnvironment(EwsImGroupsContainer.AuthenticationModeVariable, mode.ToString());
    }

    /// <summary>Keeps the store in a named volume, so it outlives the container.</summary>
    /// <param name="builder">The server's resource builder.</param>
    /// <param name="name">The volume's name; one derived from the app host and the resource's name when omitted.</param>
    public static IResourceBuilder<EwsImGroupsResource> WithDataVolume(this IResourceBuilder<EwsImGroupsResource> builder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithVolume(name ?? VolumeNameGenerator.Generate(builder, "data"), EwsImGroupsContainer.DataFolder);
    }
}
