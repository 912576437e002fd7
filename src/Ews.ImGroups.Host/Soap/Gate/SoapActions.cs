using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>Reads the SOAPAction header, which EWS clients may send quoted, unquoted, empty or not at all.</summary>
public static class SoapActions
{
    public const string HeaderName = "SOAPAction";

    /// <summary>The operation a SOAPAction names, or null when it names none; an unknown action comes back whole.</summary>
    public static string? Operation(string? header)
    {
        var action = header?.Trim().Trim('"');
        if (string.IsNullOrEmpty(action))
        {
            return null;
        }

        return action.StartsWith(EwsOperations.ActionPrefix, StringComparison.Ordinal)
            ? action[EwsOperations.ActionPrefix.Length..]
            : action;
    }

    public static string For(string operation) => $"\"{EwsOperations.ActionPrefix}{operation}\"";
}
