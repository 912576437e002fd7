using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;

namespace Ews.ImGroups.Testcontainers;

/// <summary>
/// The settings of an <see cref="EwsImGroupsContainer"/> beyond a plain container's, kept beside the environment
/// variables they set so the container can hand them back (the admin token) and the builder can check them.
/// </summary>
public sealed class EwsImGroupsConfiguration : ContainerConfiguration
{
    /// <summary>Creates the module's part of a configuration; null leaves a setting as it was.</summary>
    public EwsImGroupsConfiguration(
        string? seedFile = null,
        string? adminToken = null,
        EwsImGroupsAuthenticationMode? authenticationMode = null)
    {
        SeedFile = seedFile;
        AdminToken = adminToken;
        AuthenticationMode = authenticationMode;
    }

    /// <summary>Copies a generic resource configuration, as the base builder's methods return one.</summary>
    public EwsImGroupsConfiguration(IResourceConfiguration<CreateContainerParameters> resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    /// <summary>Copies a generic container configuration, as the base builder's methods return one.</summary>
    public EwsImGroupsConfiguration(IContainerConfiguration resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    /// <summary>Copies another configuration of this module.</summary>
    public EwsImGroupsConfiguration(EwsImGroupsConfiguration resourceConfiguration)
        : this(new EwsImGroupsConfiguration(), resourceConfiguration)
    {
    }

    /// <summary>Combines two configurations; what <paramref name="newValue"/> sets wins.</summary>
    public EwsImGroupsConfiguration(EwsImGroupsConfiguration oldValue, EwsImGroupsConfiguration newValue)
        : base(oldValue, newValue)
    {
        ArgumentNullException.ThrowIfNull(oldValue);
        ArgumentNullException.ThrowIfNull(newValue);
        SeedFile = BuildConfiguration.Combine(oldValue.SeedFile, newValue.SeedFile);
        AdminToken = BuildConfiguration.Combine(oldValue.AdminToken, newValue.AdminToken);
        AuthenticationMode = BuildConfiguration.Combine(oldValue.AuthenticationMode, newValue.AuthenticationMode);
    }

    /// <summary>The seed file on the test host that is copied into the container, if any.</summary>
    public string? SeedFile { get; }

    /// <summary>The token the control API and dashboard require; null leaves them open.</summary>
    public string? AdminToken { get; }

    /// <summary>The authentication mode set on the server; null keeps the image's default (AutoProvision).</summary>
    public EwsImGroupsAuthenticationMode? AuthenticationMode { get; }
}
