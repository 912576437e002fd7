using System.Net;
using System.Text;

namespace Ews.ImGroups.Client.Tests.Infrastructure;

/// <summary>Answers every request with the same canned body and keeps what was sent, headers and body.</summary>
public sealed class CannedHandler(string body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string Body)> Requests { get; } = [];

    public static CannedHandler ForReferenceResponse(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReferenceResponses", fileName));

        // Exchange sends faults with HTTP 500, as the reference pages say.
        return new CannedHandler(text, text.Contains("<s:Fault>", StringComparison.Ordinal) ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
    }

    public EwsImClient Client(Func<EwsImClientOptions, EwsImClientOptions>? configure = null)
    {
        var options = new EwsImClientOptions { Url = new Uri("https://mail.contoso.com/EWS/Exchange.asmx") };
        return new EwsImClient(new HttpClient(this), configure?.Invoke(options) ?? options);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request, request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
    }
}
