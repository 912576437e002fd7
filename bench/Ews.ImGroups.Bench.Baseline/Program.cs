using System.ServiceModel.Channels;
using System.Text;
using Ews.ImGroups.Bench.Baseline;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SoapCore;

// A SoapCore host with nothing of the server around it (no credentials, schema validation, journal, metrics, request
// log or storage), so the benchmark can tell the server's own cost from the SOAP stack's.
var builder = WebApplication.CreateBuilder(args);

// Per-request log lines would be a cost the floor should not carry; warnings and errors still show.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSoapCore();
builder.Services.AddSingleton<BaselineService>();

var app = builder.Build();

// The same announcement as the server's, so the benchmark finds the port either one picked with port 0.
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
    {
        Console.Out.WriteLine(BaselineService.Announcement + address);
    }

    Console.Out.Flush();
});

app.MapGet(BaselineService.ReadyPath, () => "Healthy");

// The allocation counter the server answers when its setting allows it; always on here, as this host only ever runs
// in the benchmark, which reads both the same way.
app.MapGet(BaselineService.AllocatedBytesPath, () =>
    GC.GetTotalAllocatedBytes(precise: false).ToString(System.Globalization.CultureInfo.InvariantCulture));

// The server's SoapCore settings: XmlSerializer, SOAP 1.1, UTF-8 without BOM, no indentation, an XML declaration;
// as middleware, as the server mounts it.
((IApplicationBuilder)app).UseSoapEndpoint<BaselineService>(options =>
{
    options.Path = BaselineService.Path;
    options.CaseInsensitivePath = true;
    options.SoapSerializer = SoapSerializer.XmlSerializer;
    options.EncoderOptions = [new SoapEncoderOptions
    {
        MessageVersion = MessageVersion.Soap11,
        WriteEncoding = new UTF8Encoding(false),
        OverwriteResponseContentType = true,
    }];
    options.IndentXml = false;
    options.OmitXmlDeclaration = false;
    options.HttpGetEnabled = false;
    options.HttpsGetEnabled = false;
    options.HttpPostEnabled = false;
    options.HttpsPostEnabled = false;
});

await app.RunAsync();
