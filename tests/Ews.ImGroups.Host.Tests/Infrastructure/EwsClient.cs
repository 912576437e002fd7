using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Posts raw SOAP to the endpoint as a Basic user; checks every answer that is not a fault against the schemas.</summary>
public sealed class EwsClient(HttpClient http, string user) : IDisposable
{
    public const string Endpoint = "/EWS/Exchange.asmx";

    public HttpClient Http => http;

    public Task<EwsReply> PostAsync(string envelope, string? soapAction = null, string? asUser = null, string path = Endpoint, string password = "secret") =>
        SendAsync(Encoding.UTF8.GetBytes(envelope), soapAction, asUser ?? user, path, password);

    public async Task<EwsReply> SendAsync(byte[] body, string? soapAction, string? asUser, string path = Endpoint, string password = "secret")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        if (asUser is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{asUser}:{password}")));
        }

        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        }

        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var reply = new EwsReply(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text, response);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            ResponseSchema.AssertValid(reply.Xml);
        }
        else if (text.Length > 0 && reply.Fault is not null)
        {
            ResponseSchema.ResponseCodes.Should().Contain(reply.ResponseCode, "fault codes are values of m:ResponseCodeType");
        }

        return reply;
    }

    public void Dispose() => http.Dispose();
}
