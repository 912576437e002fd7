namespace Ews.ImGroups.Host.Observability;

/// <summary>What became of one EWS request, filled in as it passes the gate and the service, for the metrics.</summary>
public sealed class EwsOutcome
{
    public const string Unknown = "-";

    public string Operation { get; set; } = Unknown;

    public string ResponseCode { get; set; } = Unknown;
}
