using System.Text;
using System.Xml;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>
/// Applies the chaos rules a request draws, after the gate has checked it and before the operation runs: delays
/// first, then the first rule that answers in the operation's place.
/// </summary>
public sealed class ChaosInjector(ChaosRules rules, IOptions<EwsOptions> options, IHostApplicationLifetime lifetime)
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    private readonly ServerVersionInfoHeader serverVersion = new(options.Value.ServerVersion);

    /// <summary>True when a rule answered (or dropped) the request, so the operation must not run.</summary>
    public async Task<bool> InjectAsync(HttpContext context, RequestOutcome outcome)
    {
        var drawn = await rules.DrawAsync(outcome.Operation, outcome.MailboxAddress ?? RequestOutcome.Unknown, context.RequestAborted);
        var marks = new List<string>();
        try
        {
            foreach (var rule in drawn)
            {
                marks.Add(rule.Describe());
                if (rule.Definition.Effect == ChaosEffect.Latency)
                {
                    await DelayAsync(Delay(rule.Definition), context.RequestAborted);
                    continue;
                }

                await AnswerAsync(context, outcome, rule.Definition);
                return true;
            }

            return false;
        }
        finally
        {
            outcome.ChaosEffect = marks.Count == 0 ? null : string.Join("; ", marks);
        }
    }

    /// <summary>Injected latency, cut short when the server stops so that a rule never holds up shutdown.</summary>
    private async Task DelayAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(delay, ending.Token);
        }
        catch (OperationCanceledException) when (!requestAborted.IsCancellationRequested)
        {
            // Stopping: the request goes on and is answered.
        }
    }

    private static TimeSpan Delay(ChaosRuleDefinition rule) => TimeSpan.FromMilliseconds(rule.MaxDelayMilliseconds is { } max
        ? Random.Shared.Next(rule.DelayMilliseconds, max + 1)
        : rule.DelayMilliseconds);

    private async Task AnswerAsync(HttpContext context, RequestOutcome outcome, ChaosRuleDefinition rule)
    {
        switch (rule.Effect)
        {
            case ChaosEffect.ServerBusy:
                outcome.Failed(ResponseCodes.ErrorServerBusy);
                await EwsFaultWriter.WriteAsync(context.Response, new EwsFault(
                    ResponseCodes.ErrorServerBusy,
                    rule.Message ?? ChaosRuleDefinition.ServerBusyMessage,
                    rule.Message ?? ChaosRuleDefinition.ServerBusyMessage,
                    BackOffMilliseconds: rule.BackOffMilliseconds ?? ChaosRuleDefinition.DefaultBackOffMilliseconds));
                break;
            case ChaosEffect.SoapFault:
                var faultCode = rule.ResponseCode ?? ResponseCodes.ErrorInternalServerError;
                outcome.Failed(faultCode);
                await EwsFaultWriter.WriteAsync(context.Response, EwsFault.Plain(faultCode, rule.Message ?? DefaultMessage(faultCode)));
                break;
            case ChaosEffect.ErrorResponse:
                outcome.Failed(rule.ResponseCode!);
                await WriteErrorResponseAsync(context.Response, outcome.Operation, rule);
                break;
            case ChaosEffect.HttpStatus:
                context.Response.StatusCode = rule.StatusCode;
                if (rule.WithBody)
                {
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync(rule.Message ?? ReasonPhrases.GetReasonPhrase(rule.StatusCode), context.RequestAborted);
                }

                break;
            case ChaosEffect.DropConnection:
                outcome.Dropped = true;
                context.Abort();
                break;
            default:
                throw new InvalidOperationException($"Chaos effect {rule.Effect} does not answer.");
        }
    }

    private static string DefaultMessage(string code) => code == ResponseCodes.ErrorServerBusy
        ? ChaosRuleDefinition.ServerBusyMessage
        : $"{code} was injected by a chaos rule.";

    /// <summary>The operation's own response message, in error, inside the envelope every operation answer has.</summary>
    private async Task WriteErrorResponseAsync(HttpResponse response, string operation, ChaosRuleDefinition rule)
    {
        var code = rule.ResponseCode!;
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("s", "Envelope", EwsNamespaces.Soap);
            writer.WriteStartElement("s", "Header", EwsNamespaces.Soap);
            serverVersion.WriteStart(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("s", "Body", EwsNamespaces.Soap);
            writer.WriteAttributeString("xmlns", "xsi", null, EwsNamespaces.Xsi);
            writer.WriteAttributeString("xmlns", "xsd", null, EwsNamespaces.Xsd);
            writer.WriteStartElement(operation + "Response", EwsNamespaces.Messages);
            writer.WriteAttributeString("ResponseClass", ResponseClasses.Error);
            writer.WriteElementString("MessageText", EwsNamespaces.Messages, Common.XmlText.Printable(rule.Message ?? DefaultMessage(code)));
            writer.WriteElementString("ResponseCode", EwsNamespaces.Messages, code);
            writer.WriteElementString("DescriptiveLinkKey", EwsNamespaces.Messages, "0");
            if (rule.BackOffMilliseconds is { } backOff)
            {
                writer.WriteStartElement("MessageXml", EwsNamespaces.Messages);
                EwsFaultWriter.WriteBackOff(writer, backOff);
                writer.WriteEndElement();
            }

            writer.WriteEndDocument();
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EwsFaultWriter.ContentType;
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }
}
