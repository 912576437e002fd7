using System.Buffers;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// Passes a response through to the client while keeping its first bytes for the journal, in a pooled buffer so
/// journaling allocates only the copy it keeps.
/// </summary>
public sealed class CapturingStream(Stream inner, int limit) : Stream
{
    private byte[] kept = [];
    private int length;

    public bool Truncated { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>A copy of the kept bytes; null when nothing was written.</summary>
    public byte[]? Bytes() => length == 0 ? null : kept.AsSpan(0, length).ToArray();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && kept.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(kept);
            kept = [];
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        var taken = Math.Min(limit - length, buffer.Length);
        Truncated |= taken < buffer.Length;
        if (taken <= 0)
        {
            return;
        }

        if (length + taken > kept.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(limit, Math.Max(length + taken, 4096)));
            kept.AsSpan(0, length).CopyTo(larger);
            if (kept.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(kept);
            }

            kept = larger;
        }

        buffer[..taken].CopyTo(kept.AsSpan(length));
        length += taken;
    }
}
