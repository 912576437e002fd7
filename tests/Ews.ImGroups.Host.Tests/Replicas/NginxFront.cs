using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ews.ImGroups.Host.Tests.Replicas;

/// <summary>
/// nginx in front of replicas, round robin, as a load balancer would stand before them: one address for all. Tests skip
/// (or fail under CI) where nginx is not installed.
/// </summary>
public sealed class NginxFront : IDisposable
{
    /// <summary>Where Debian installs nginx.</summary>
    private static readonly string[] Places = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    private readonly Process process;
    private readonly string folder;

    private NginxFront(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxFront> StartAsync(IEnumerable<Uri> upstreams)
    {
        var nginx = Places.FirstOrDefault(File.Exists);
        Prerequisites.Require(nginx is not null, "nginx was not found (Debian: apt-get install nginx)");
        var folder = Directory.CreateTempSubdirectory("ews-imgroups-nginx-").FullName;
        var port = FreePort();
        var servers = string.Concat(upstreams.Select(u => $"    server {u.Host}:{u.Port};\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream replicas {
            {{servers}}    keepalive 16;
              }
              server {
                listen 127.0.0.1:{{port}};
                client_max_body_size 0;
                location / {
                  proxy_pass http://replicas;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_buffering off;
                }
              }
            }
            """);
        var start = new ProcessStartInfo(nginx!) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-p", folder, "-c", Path.Combine(folder, "nginx.conf")])
        {
            start.ArgumentList.Add(argument);
        }

        var front = new NginxFront(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
        await front.WaitUntilListeningAsync(port);
        return front;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100 && !process.HasExited; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        var log = File.Exists(Path.Combine(folder, "error.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "error.log")) : string.Empty;
        throw new Xunit.Sdk.XunitException($"nginx did not start listening on port {port.ToString(CultureInfo.InvariantCulture)}: {log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
