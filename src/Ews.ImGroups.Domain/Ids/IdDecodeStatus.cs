namespace Ews.ImGroups.Domain.Ids;

public enum IdDecodeStatus
{
    Ok,
    Empty,
    Malformed,
}
