using Ews.ImGroups.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>The <c>Ews:Chaos</c> section: rules active from start-up.</summary>
public sealed class ChaosOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Chaos";

    public List<ChaosRuleDefinition> Rules { get; set; } = [];
}

/// <summary>Stops start-up on a configured rule that could not work, naming it.</summary>
public sealed class ChaosOptionsValidator : IValidateOptions<ChaosOptions>
{
    public ValidateOptionsResult Validate(string? name, ChaosOptions options)
    {
        var problems = options.Rules
            .Select((rule, index) => rule.Problem() is { } problem ? $"{ChaosOptions.SectionName}:Rules:{index}: {problem}" : null)
            .OfType<string>()
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
