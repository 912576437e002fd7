using System.Net;
using System.Text;

namespace Ews.ImGroups.Admin.Tests.Infrastructure;

/// <summary>Keeps every request it is sent and refuses it with the same problem details.</summary>
public sealed class RefusingHandler(HttpStatusCode status = HttpStatusCode.NotFound, string mediaType = "application/problem+json", string body =
    """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"No such mailbox","status":404,"detail":"There is no mailbox 'x@contoso.com'."}""")
    : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    public EwsImGroupsAdminClient Client(string baseAddress = "http://127.0.0.1:1234/", string? token = null) =>
        new(new HttpClient(this), new EwsImGroupsAdminClientOptions { BaseAddress = new Uri(baseAddress), AdminToken = token });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
