using System.ComponentModel.DataAnnotations;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Configuration;

/// <summary>Checks what the section's own annotations cannot: nested values, the emulated version and the seed file.</summary>
public sealed class EwsOptionsValidator : IValidateOptions<EwsOptions>
{
    public ValidateOptionsResult Validate(string? name, EwsOptions options)
    {
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options.ServerVersion, new ValidationContext(options.ServerVersion), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"{EwsOptions.SectionName}:{nameof(EwsOptions.ServerVersion)}: {r.ErrorMessage}"));
        }

        var version = options.ServerVersion.Version;
        if (!ExchangeVersions.TryGetRank(version, out var rank) || rank < ExchangeVersions.MinimumRank)
        {
            failures.Add($"{EwsOptions.SectionName}:{nameof(EwsOptions.ServerVersion)}:{nameof(ServerVersionOptions.Version)} '{version}' must be one of: {string.Join(", ", ExchangeVersions.Supported)}.");
        }

        if (options.SeedFile is { Length: > 0 } seed && !File.Exists(SeedFiles.Resolve(seed)))
        {
            failures.Add($"{EwsOptions.SectionName}:{nameof(EwsOptions.SeedFile)} '{seed}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
