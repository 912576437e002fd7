using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// A collector stand-in on a loopback port: keeps the body of every OTLP/HTTP export posted to it, by signal
/// (<c>traces</c>, <c>metrics</c>), and answers each with success.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<byte[]>> exports = new(StringComparer.Ordinal);

    private OtlpReceiver(WebApplication app) => this.app = app;

    public Uri Url => new(app.Urls.Single());

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver.app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.exports.GetOrAdd(signal, _ => new ConcurrentQueue<byte[]>()).Enqueue(body.ToArray());
            return Results.Ok();
        });
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>
    /// Waits until the exports of a signal received so far contain every text given (OTLP's protobuf keeps strings
    /// as plain UTF-8), for as long as exporters on a busy machine may reasonably take.
    /// </summary>
    public async Task<bool> ReceivesAsync(string signal, params string[] texts)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!patience.IsCancellationRequested)
        {
            if (exports.TryGetValue(signal, out var bodies))
            {
                var received = string.Concat(bodies.Select(b => System.Text.Encoding.UTF8.GetString(b)));
                if (texts.All(t => received.Contains(t, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            await Task.Delay(50, CancellationToken.None);
        }

        return false;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
