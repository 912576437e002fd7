using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>The dashboard's style sheet and script, built into the server so it needs nothing from the network.</summary>
public static class DashboardAssets
{
    public const string StylesName = "dashboard.css";
    public const string ScriptName = "dashboard.js";

    /// <summary>The prefix the project file gives the embedded files' names.</summary>
    private const string ResourcePrefix = "Ews.ImGroups.Host.Dashboard.Assets.";

    private static readonly FrozenDictionary<string, Asset> Assets = new Dictionary<string, Asset>(StringComparer.Ordinal)
    {
        [StylesName] = Load(StylesName, "text/css; charset=utf-8"),
        [ScriptName] = Load(ScriptName, "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Serves an asset; browsers check back each time, so a new build's files are used at once.</summary>
    public static IResult Serve(string name, HttpRequest request)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }

        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.XContentTypeOptions = "nosniff";
        return request.Headers.IfNoneMatch == asset.ETag
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset Load(string name, string contentType)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The dashboard asset '{name}' is not built into the server.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return new Asset(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content)[..8])}\"");
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
