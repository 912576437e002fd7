using System.Text.Json;
using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Identity;

/// <summary>Strict-mode accounts a seed file may list beside its mailboxes, in the shape of the configured ones.</summary>
public static class SeedAccounts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<AccountOptions> Read(EwsOptions options)
    {
        if (SeedFiles.Select(options) is not { } path || !File.Exists(path))
        {
            return [];
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<Document>(stream, Json)?.Accounts ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed file '{path}' is not valid seed JSON: {e.Message}", e);
        }
    }

    private sealed record Document(List<AccountOptions>? Accounts);
}
