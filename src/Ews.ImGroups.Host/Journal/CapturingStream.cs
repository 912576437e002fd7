using System.Text;

namespace Ews.ImGroups.Host.Journal;

/// <summary>Passes a response through to the client while keeping its first bytes for the journal.</summary>
public sealed class CapturingStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream kept = new();

    public bool Truncated { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>The kept bytes as text; null when nothing was written.</summary>
    public string? Text() => kept.Length == 0 ? null : Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);

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
        if (disposing)
        {
            kept.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        var room = limit - (int)kept.Length;
        if (buffer.Length > room)
        {
            Truncated = true;
        }

        kept.Write(buffer[..Math.Min(room, buffer.Length)]);
    }
}
