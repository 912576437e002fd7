using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// nginx in front of replicas, as in a deployment: one loopback port, requests sent round the replicas in turn over
/// connections kept open to them. It runs in the foreground with its configuration, logs and pid file in a folder of
/// its own.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private readonly Process process;

    private NginxProxy(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Starts nginx for <paramref name="upstreams"/> and waits until it passes a request on to them.</summary>
    public static async Task<NginxProxy> StartAsync(string folder, IReadOnlyList<Uri> upstreams, HttpClient http, CancellationToken cancellationToken = default)
    {
        const int Attempts = 3;
        Directory.CreateDirectory(folder);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var configuration = Path.Combine(folder, "nginx.conf");
            await File.WriteAllTextAsync(configuration, Configuration(folder, port, upstreams), cancellationToken);
            // -e: errors before the configuration is read go to the folder too, not to the system's log.
            var start = new ProcessStartInfo("nginx", ["-p", folder, "-c", configuration, "-e", Path.Combine(folder, "error.log")]) { UseShellExecute = false };
            var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
            var proxy = new NginxProxy(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
            if (await proxy.WaitUntilReadyAsync(http, cancellationToken))
            {
                return proxy;
            }

            await proxy.DisposeAsync();
            var errors = ReadErrorLog(folder);
            // Only a port taken between finding it free and nginx binding it is worth another try.
            if (attempt == Attempts || !errors.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"nginx did not start:\n{errors}");
            }
        }
    }

    /// <summary>Asks nginx to stop (SIGTERM: its master stops the workers) and kills it and its workers if it does not.</summary>
    public ValueTask DisposeAsync() => ProcessStop.StopAsync(process);

    private async Task<bool> WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        while (!process.HasExited)
        {
            try
            {
                using var answer = await http.GetAsync(new Uri(Url, "/readyz"), limit.Token);
                if (answer.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
        }

        return false;
    }

    /// <summary>
    /// Round-robin (nginx's default) over the replicas with connections to them kept open, no access log, and no
    /// temporary files: a large answer is passed on from memory as the client takes it, so nginx needs nowhere to write.
    /// </summary>
    private static string Configuration(string folder, int port, IReadOnlyList<Uri> upstreams)
    {
        var servers = string.Concat(upstreams.Select(u => $"        server {u.Host}:{u.Port.ToString(CultureInfo.InvariantCulture)};\n"));
        var temp = Path.Combine(folder, "temp");
        return $$"""
            daemon off;
            worker_processes auto;
            pid {{Path.Combine(folder, "nginx.pid")}};
            error_log {{Path.Combine(folder, "error.log")}} warn;

            events {
                worker_connections 1024;
            }

            http {
                access_log off;
                client_body_temp_path {{temp}}-body;
                proxy_temp_path {{temp}}-proxy;
                fastcgi_temp_path {{temp}}-fastcgi;
                uwsgi_temp_path {{temp}}-uwsgi;
                scgi_temp_path {{temp}}-scgi;

                upstream ews-imgroups {
            {{servers}}        keepalive 64;
                }

                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    client_max_body_size 0;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_max_temp_file_size 0;

                    location / {
                        proxy_pass http://ews-imgroups;
                    }
                }
            }

            """;
    }

    private static string ReadErrorLog(string folder)
    {
        var log = Path.Combine(folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
