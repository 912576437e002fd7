using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Configuration;

/// <summary>Checks the <c>Ews:Limits</c> section, naming each setting out of range.</summary>
public sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        var failures = new List<string>();
        Check(failures, nameof(LimitsOptions.MaxConnections), options.MaxConnections, 1, 1_000_000);
        Check(failures, nameof(LimitsOptions.MaxUpgradedConnections), options.MaxUpgradedConnections, 0, 1_000_000);
        Check(failures, nameof(LimitsOptions.KeepAliveSeconds), options.KeepAliveSeconds, 1, 3600);
        Check(failures, nameof(LimitsOptions.RequestHeadersTimeoutSeconds), options.RequestHeadersTimeoutSeconds, 1, 600);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string setting, int value, int lowest, int highest)
    {
        if (value < lowest || value > highest)
        {
            failures.Add($"{LimitsOptions.SectionName}:{setting} {value} must be between {lowest} and {highest}.");
        }
    }
}
