using System.Text;

namespace Triangulate.Ingest.Sources;

/// <summary>
/// A read-only stream of UTF-8 bytes over a <see cref="TextReader"/>, so stdin (which .NET hands over
/// as text) goes through the same sniffing and readers as files.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : Stream
{
    private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly byte[] pending = new byte[Encoding.UTF8.GetMaxByteCount(4096)];
    private int pendingStart;
    private int pendingEnd;
    private bool done;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (pendingStart == pendingEnd && !done)
        {
            var read = reader.Read(chars, 0, chars.Length);
            done = read == 0;
            pendingStart = 0;
            pendingEnd = encoder.GetBytes(chars, 0, read, pending, 0, flush: done);
        }

        var count = Math.Min(buffer.Length, pendingEnd - pendingStart);
        pending.AsSpan(pendingStart, count).CopyTo(buffer);
        pendingStart += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
