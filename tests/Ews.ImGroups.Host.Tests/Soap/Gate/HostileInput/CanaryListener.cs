using System.Net;
using System.Net.Sockets;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// A loopback TCP port that counts every connection made to it. Corpus entries point external DTDs, entities and
/// schema locations at it: a server that fetched anything would show up here, where a closed port would hide it.
/// </summary>
public sealed class CanaryListener : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Task accepting;
    private int connections;

    public CanaryListener()
    {
        listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri Url { get; }

    public int Connections => Volatile.Read(ref connections);

    public void Dispose()
    {
        listener.Stop();
        accepting.Wait(TimeSpan.FromSeconds(5));
        listener.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref connections);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Stopping the listener ends the loop.
        }
    }
}
