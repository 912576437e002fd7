using System.Collections.Frozen;
using System.Globalization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>Checks on a schema-valid request that Exchange answers with a fault before running the operation.</summary>
public static class EnvelopeRules
{
    public static EwsFault? Check(RequestEnvelope envelope, string? soapAction, string emulatedVersion)
    {
        if (!EwsOperations.All.Contains(envelope.Operation))
        {
            return EwsFault.Plain(ResponseCodes.ErrorInvalidRequest, $"The request '{envelope.Operation}' is not an operation this server supports.");
        }

        if (SoapActions.Operation(soapAction) is { } named && named != envelope.Operation)
        {
            return EwsFault.Plain(
                ResponseCodes.ErrorInvalidRequest,
                $"The SOAPAction header names the operation '{named}' but the SOAP body holds '{envelope.Operation}'.");
        }

        return CheckVersion(envelope.RequestServerVersion ?? ExchangeVersions.Oldest, emulatedVersion)
            ?? CheckCulture(envelope.MailboxCulture);
    }

    /// <summary>Exchange's wording, as the reference's GetImItemList error example shows it (double space included).</summary>
    private const string IncorrectSchemaVersionMessage =
        "The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  " +
        "Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue.";

    private static EwsFault? CheckVersion(string requested, string emulated)
    {
        ExchangeVersions.TryGetRank(requested, out var requestedRank);
        ExchangeVersions.TryGetRank(emulated, out var emulatedRank);
        if (requestedRank < ExchangeVersions.MinimumRank)
        {
            return EwsFault.Plain(ResponseCodes.ErrorIncorrectSchemaVersion, IncorrectSchemaVersionMessage);
        }

        return requestedRank > emulatedRank
            ? EwsFault.Plain(ResponseCodes.ErrorInvalidServerVersion, $"The requested server version {requested} is not supported; this server runs {emulated}.")
            : null;
    }

    /// <summary>The cultures the platform ships; private-use tags such as x-klingon parse but name none of them.</summary>
    private static readonly FrozenSet<string> KnownCultures = CultureInfo.GetCultures(CultureTypes.AllCultures)
        .Select(c => c.Name)
        .Where(name => name.Length > 0)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static EwsFault? CheckCulture(string? culture) =>
        culture is null || KnownCultures.Contains(culture)
            ? null
            : EwsFault.Plain(ResponseCodes.ErrorUnsupportedCulture, $"The MailboxCulture '{culture}' is not a culture this server knows.");
}
