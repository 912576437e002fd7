namespace Ews.ImGroups.Host.Common;

/// <summary>
/// A SOAP fault as Exchange sends it: the response code qualified by the types namespace in <c>faultcode</c>, the
/// explanation in <c>faultstring</c> and <c>detail</c>, and, for schema violations, where in the request it failed;
/// a throttling fault says in <c>MessageXml</c> how long the client should wait.
/// </summary>
public sealed record EwsFault(
    string ResponseCode, string FaultString, string Message, SchemaViolation? Violation = null, int? BackOffMilliseconds = null)
{
    private const string SchemaValidationMessage = "The request failed schema validation.";

    public static EwsFault SchemaValidation(SchemaViolation violation) => new(
        ResponseCodes.ErrorSchemaValidation,
        $"The request failed schema validation: {violation.Message}",
        SchemaValidationMessage,
        violation);

    public static EwsFault Plain(string responseCode, string message) => new(responseCode, message, message);

    /// <summary>Something failed that the client can do nothing about; what it was stays in the server's log.</summary>
    public static EwsFault InternalServerError { get; } = Plain(
        ResponseCodes.ErrorInternalServerError, "An internal server error occurred. The operation failed.");

    /// <summary>The store could not be reached, so no operation could run; nothing was changed.</summary>
    public static EwsFault StoreUnavailable { get; } = Plain(
        ResponseCodes.ErrorMailboxStoreUnavailable, "The mailbox database is temporarily unavailable.");
}
