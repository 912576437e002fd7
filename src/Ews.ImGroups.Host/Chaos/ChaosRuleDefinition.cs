using System.Text.RegularExpressions;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>
/// A chaos rule as configuration and the control API give it: which requests it matches (operation, mailbox, chance,
/// or only the next <see cref="Times"/> ones) and what it does to them.
/// </summary>
public sealed partial class ChaosRuleDefinition
{
    /// <summary>Exchange's wording for a busy server.</summary>
    public const string ServerBusyMessage = "The server cannot service this request right now. Try again later.";

    /// <summary>The operation matched (case ignored); null matches every operation.</summary>
    public string? Operation { get; set; }

    /// <summary>The mailbox matched (case ignored); null matches every mailbox.</summary>
    public string? Mailbox { get; set; }

    /// <summary>The chance, from 0 to 1, that a matching request is affected.</summary>
    public double Probability { get; set; } = 1;

    /// <summary>How many requests the rule affects before it removes itself; null for no end.</summary>
    public int? Times { get; set; }

    public ChaosEffect Effect { get; set; }

    /// <summary>Latency: the delay, or the shortest delay when <see cref="MaxDelayMilliseconds"/> is set.</summary>
    public int DelayMilliseconds { get; set; }

    /// <summary>Latency: the longest delay of a random range.</summary>
    public int? MaxDelayMilliseconds { get; set; }

    /// <summary>ServerBusy, and optionally ErrorResponse: the wait the client is asked for.</summary>
    public int? BackOffMilliseconds { get; set; }

    /// <summary>ErrorResponse and SoapFault: the code sent (SoapFault defaults to ErrorInternalServerError).</summary>
    public string? ResponseCode { get; set; }

    /// <summary>ErrorResponse, SoapFault and HttpStatus: the text sent instead of the default.</summary>
    public string? Message { get; set; }

    /// <summary>HttpStatus: the status sent.</summary>
    public int StatusCode { get; set; } = 503;

    /// <summary>HttpStatus: whether a short text body comes with the status.</summary>
    public bool WithBody { get; set; } = true;

    /// <summary>The longest delay a rule may ask for, so a typo cannot hang a client for hours.</summary>
    public const int MaxDelay = 10 * 60 * 1000;

    public const int DefaultBackOffMilliseconds = 30_000;

    /// <summary>The first thing wrong with the rule, or null when it can be used.</summary>
    public string? Problem() => this switch
    {
        { Probability: < 0 or > 1 or double.NaN } => "probability must be between 0 and 1.",
        { Times: <= 0 } => "times must be at least 1 when given.",
        { Operation: { } operation } when !EwsOperations.All.Contains(operation, StringComparer.OrdinalIgnoreCase) =>
            $"operation '{operation}' is not one this server serves.",
        { DelayMilliseconds: < 0 or > MaxDelay } => $"delayMilliseconds must be between 0 and {MaxDelay}.",
        { MaxDelayMilliseconds: { } max } when max < DelayMilliseconds || max > MaxDelay =>
            $"maxDelayMilliseconds must be between delayMilliseconds and {MaxDelay}.",
        { BackOffMilliseconds: < 0 } => "backOffMilliseconds must not be negative.",
        { Effect: ChaosEffect.ErrorResponse, ResponseCode: null } => "an ErrorResponse rule needs a responseCode.",
        { ResponseCode: { } code } when !ResponseCodePattern().IsMatch(code) => $"responseCode '{code}' is not an EWS error code (Error…).",
        { Effect: ChaosEffect.HttpStatus, StatusCode: < 400 or > 599 } => "statusCode must be an error status (400–599).",
        { Effect: var effect } when !Enum.IsDefined(effect) => "effect is not known.",
        _ => null,
    };

    public ChaosRuleDefinition Copy() => (ChaosRuleDefinition)MemberwiseClone();

    [GeneratedRegex("^Error[A-Za-z0-9]{1,100}$")]
    private static partial Regex ResponseCodePattern();
}
