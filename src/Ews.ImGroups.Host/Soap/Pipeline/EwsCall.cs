using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Host.Soap.Pipeline;

/// <summary>The checked request the gate hands to the service through the HTTP context's features.</summary>
public sealed record EwsCall(Mailbox Mailbox, RequestEnvelope Envelope);
