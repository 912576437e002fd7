using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Images;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>The Docker engine the container tests need, and the server image they run on it.</summary>
internal static class DockerEngine
{
    /// <summary>Names an image built beforehand (<c>docker build -t ews-imgroups .</c>), used instead of building one.</summary>
    public const string ImageVariable = "EWS_IMGROUPS_TEST_IMAGE";

    public const string MissingReason =
        "No Docker engine is reachable (Testcontainers looked at DOCKER_HOST, its settings and the local Docker socket), " +
        "so the server's image cannot be built and run here.";

    /// <summary>Testcontainers settles on an endpoint only when an engine answers there.</summary>
    public static bool IsReachable => TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;

    /// <summary>The image from <see cref="ImageVariable"/>, or one built from the repository's Dockerfile.</summary>
    public static async Task<IImage> ServerImageAsync()
    {
        if (Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } name)
        {
            return new DockerImage(name);
        }

        var image = new ImageFromDockerfileBuilder()
            .WithContextDirectory(Prerequisites.Repository)
            .WithDockerfile("Dockerfile")
            .WithName("ews-imgroups:testcontainers-tests")
            .Build();
        await image.CreateAsync();
        return image;
    }
}
