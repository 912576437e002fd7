using System.Buffers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections.Features;

namespace Ews.ImGroups.Host.Common;

/// <summary>
/// A request body read into a pooled buffer, at most <c>limit</c> bytes: validation and SoapCore each read it once,
/// and nothing past the limit is ever read from the client.
/// </summary>
public sealed class BufferedBody : IDisposable
{
    private byte[] buffer;

    private BufferedBody(byte[] buffer, int length, bool exceeded)
    {
        this.buffer = buffer;
        Length = length;
        Exceeded = exceeded;
    }

    public int Length { get; }

    /// <summary>True when the client sent more than the limit; only the first <c>limit</c> bytes are held.</summary>
    public bool Exceeded { get; }

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, Length);

    /// <remarks>
    /// No cancellation token: the web server ends a pending read itself when the client goes away, while a read
    /// cancelled by token leaves its body reader mid-read, and the server then logs its failed draining as an error.
    /// </remarks>
    public static async Task<BufferedBody> ReadAsync(Stream body, long? declaredLength, int limit)
    {
        // One byte past the limit is enough to know the limit was crossed.
        var cap = limit + 1;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(declaredLength ?? 4096, 256, cap));
        var length = 0;
        while (length < cap)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, cap));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = await body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length));
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return new BufferedBody(buffer, Math.Min(length, limit), exceeded: length == cap);
    }

    /// <summary>
    /// After an excess, the answer tells the client the connection will close; call before writing the answer.
    /// </summary>
    public void AnnounceCloseIfExceeded(HttpResponse response)
    {
        if (Exceeded)
        {
            response.Headers.Connection = "close";
        }
    }

    /// <summary>
    /// After an excess, ends the answer and stops taking the upload: the web server would otherwise read the unread
    /// rest, however large, before closing. Shutting the socket's receiving side, rather than aborting, lets the answer
    /// already handed to the server go out first; the server then sees the end of the input and closes. Without a
    /// socket (an in-process host) nothing more is done. Call after writing the answer.
    /// </summary>
    public async Task CloseConnectionIfExceededAsync(HttpContext context)
    {
        if (Exceeded)
        {
            await context.Response.CompleteAsync();
            context.Features.Get<IConnectionSocketFeature>()?.Socket.Shutdown(SocketShutdown.Receive);
        }
    }

    public MemoryStream AsStream() => new(buffer, 0, Length, writable: false);

    public void Dispose()
    {
        var held = Interlocked.Exchange(ref buffer, []);
        if (held.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(held);
        }
    }
}
